import { readCatalog } from "@/lib/catalog/read-catalog";
import { MINUTE_MS } from "@/lib/reports/config";
import { recordReports, type RecordDeps, type ReportRequest } from "@/lib/reports/record-report";
import { pickReport } from "./pick-report";
import { samplePoisson } from "./prng";
import { readBaseRate } from "./service-rhythm";

const DEMO_USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 DownwireDemo/1";

/** A random address in the benchmarking range 198.18.0.0/15, which no real client uses. */
function makeDemoIp(random: () => number): string {
  const n = Math.floor(random() * 131072);
  return `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
}

/**
 * Sends the reports a normal period (from, to] would bring through the real intake function (one batch), each from
 * a fresh simulated reporter, so the live demo exercises the same rules as real traffic.
 */
export async function simulateLive({ deps, from, to, random }: { deps: RecordDeps; from: number; to: number; random: () => number }): Promise<number> {
  const requests: ReportRequest[] = [];
  for (const service of (await readCatalog(deps.catalog)).list()) {
    const expected = readBaseRate(service, to) * ((to - from) / MINUTE_MS);
    const n = samplePoisson(random, expected);
    for (let i = 0; i < n; i++) {
      const { problem, country } = pickReport(random, service, null);
      requests.push({ input: { service: service.slug, problem, country: country || undefined }, client: { ip: makeDemoIp(random), userAgent: DEMO_USER_AGENT, derivedCountry: null } });
    }
  }
  if (!requests.length) return 0;
  return (await recordReports(deps, requests)).filter((o) => o.kind === "counted").length;
}
