import { DETECTOR_CONFIG } from "./config";
import type { ServiceVerdict } from "./read-status";

const hhmm = (iso: string) => `${iso.slice(11, 16)} UTC`;

/** The cold-start caveat: what the verdict rests on while a service has under a day of its own history. */
function describePrior(name: string, v: ServiceVerdict): string {
  const perHour = (v.expected / v.windowMinutes) * 60;
  const usual = perHour < 1.5 ? "about one report an hour or fewer" : `about ${Math.round(perHour).toLocaleString("en")} reports an hour`;
  return ` Downwire has under a day of ${name}'s own history, so its usual level is an assumption (${usual}), and ${DETECTOR_CONFIG.MIN_REPORTS_OUTAGE} or more different reporters within ${v.windowMinutes} minutes count as an outage.`;
}

/** One plain sentence a reader (or journalist) can quote, with the numbers behind it. */
export function describeVerdict(name: string, v: ServiceVerdict | null): string {
  if (!v) return `No verdict for ${name} yet: the detector has not run since this service was added.`;
  const counts = `${v.observed.toLocaleString("en")} ${v.observed === 1 ? "report" : "reports"} in ${v.windowMinutes} min, ~${Math.round(v.expected).toLocaleString("en")} expected`;
  const prior = v.basis === "prior" ? describePrior(name, v) : "";
  switch (v.status) {
    case "outage":
      return `User reports indicate problems at ${name} since ${hhmm(v.since ?? v.at)} (${counts}).${prior}`;
    case "possible":
      return `User reports indicate possible problems at ${name} since ${hhmm(v.since ?? v.at)} (${counts}).${prior}`;
    default:
      return `User reports indicate no current problems at ${name} (${counts}).${prior}`;
  }
}
