import type { ServiceVerdict } from "./read-status";

const hhmm = (iso: string) => `${iso.slice(11, 16)} UTC`;

/** One plain sentence a reader (or journalist) can quote, with the numbers behind it. */
export function describeVerdict(name: string, v: ServiceVerdict | null): string {
  if (!v) return `No verdict for ${name} yet: the detector has not run since this service was added.`;
  const counts = `${v.observed.toLocaleString("en")} ${v.observed === 1 ? "report" : "reports"} in ${v.windowMinutes} min, ~${Math.round(v.expected).toLocaleString("en")} expected`;
  switch (v.status) {
    case "outage":
      return `User reports indicate problems at ${name} since ${hhmm(v.since ?? v.at)} (${counts}).`;
    case "possible":
      return `User reports indicate possible problems at ${name} since ${hhmm(v.since ?? v.at)} (${counts}).`;
    default:
      return `User reports indicate no current problems at ${name} (${counts}).`;
  }
}
