import type { Request as AutocannonRequest } from "autocannon";

const SERVICES = ["outlook", "teams", "steam", "youtube", "discord", "netflix", "whatsapp", "gmail"];

/**
 * An autocannon request that POSTs a report, every one from a distinct reporter: its own forwarded address (on
 * its own /24, so the network cap never applies; the server needs TRUST_PROXY=1) and user agent. Several generators
 * at once pass different `first` numbers.
 */
export function makeDistinctReportRequest(label: string, first = 0): AutocannonRequest {
  // Load generators running at once start far apart, so their addresses (and networks) never meet.
  let n = first;
  return {
    method: "POST",
    path: "/api/v1/reports",
    setupRequest: (req) => {
      n++;
      return {
        ...req,
        headers: {
          "content-type": "application/json",
          "user-agent": `Mozilla/5.0 (X11; Linux x86_64) ${label}/${n}`,
          "x-forwarded-for": `${1 + ((n >> 16) & 127)}.${(n >> 8) & 255}.${n & 255}.7`,
        },
        body: JSON.stringify({ service: SERVICES[n % SERVICES.length], problem: "other" }),
      };
    },
  };
}
