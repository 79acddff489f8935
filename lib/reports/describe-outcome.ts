/** Window event the report form fires after a counted report, so live panels refresh at once. */
export const REPORTED_EVENT = "downwire:reported";

/** Words for an intake answer, shared by the script path and the no-JS redirect path. */
const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

export function describeOutcome(name: string, kind: string, n: number | null, retry: number | null): { tone: "ok" | "warn"; text: string } {
  switch (kind) {
    case "counted":
      if (n === null) return { tone: "ok", text: `Thanks — your report about ${name} is counted.` };
      return {
        tone: "ok",
        text: n <= 1
          ? `Thanks — your report is counted. You are the first to report a problem with ${name} in the last hour.`
          : `Thanks — your report is counted. ${plural(n - 1, "other person", "others")} reported a problem with ${name} in the last hour.`,
      };
    case "duplicate":
      return {
        tone: "warn",
        text: `You already reported a problem with ${name} recently, so this one was not counted again.${n !== null ? ` ${plural(n, "report", "reports")} in the last hour, yours included.` : ""}`,
      };
    case "rate_limited":
      return { tone: "warn", text: `Too many reports from this device. Please try again${retry ? ` in ${Math.ceil(retry / 60)} min` : " later"}.` };
    case "network_limited":
      return {
        tone: "warn",
        text: `Many reports about ${name} already came from your network recently, so yours was not counted separately.${n !== null ? ` ${plural(n, "report", "reports")} in the last hour.` : ""}`,
      };
    case "bot":
      return { tone: "warn", text: "Automated clients are not counted." };
    default:
      return { tone: "warn", text: "Please pick what is not working and try again." };
  }
}
