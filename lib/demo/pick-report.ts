import { listProblems } from "@/lib/catalog/problems";
import type { Service } from "@/lib/catalog/read-catalog";
import { OTHER_COUNTRY_SHARE, UNKNOWN_COUNTRY_SHARE } from "./config";
import { pickWeighted } from "./prng";

const FAR_COUNTRIES = ["US", "GB", "DE", "IN", "BR", "FR", "CA", "AU", "JP", "ES", "IT", "NL", "MX", "PL"];

/** A plausible (problem, country) for one simulated report; during an outage most pick its problem. */
export function pickReport(random: () => number, service: Service, outageProblem: string | null): { problem: string; country: string } {
  const problems = listProblems(service.category);
  let problem: string;
  const focus = outageProblem && problems.some((p) => p.id === outageProblem) ? outageProblem : problems[0].id;
  if (outageProblem && random() < 0.7) problem = focus;
  else problem = problems[pickWeighted(random, problems.map((_, i) => (i === problems.length - 1 ? 0.3 : 1 / (i + 1))))].id;

  const r = random();
  let country: string;
  if (r < UNKNOWN_COUNTRY_SHARE) country = "";
  else if (r < UNKNOWN_COUNTRY_SHARE + OTHER_COUNTRY_SHARE || service.markets.length === 0) country = FAR_COUNTRIES[Math.floor(random() * FAR_COUNTRIES.length)];
  else country = service.markets[pickWeighted(random, service.markets.map((_, i) => 1 / (i + 1) ** 1.3))];
  return { problem, country };
}
