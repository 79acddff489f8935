/** Window event the report form fires after a counted report, so live panels refresh at once. */
export const REPORTED_EVENT = "downwire:reported";

/** Words for an intake answer, shared by the script path and the no-JS redirect path. */
export function describeOutcome(name: string, kind: string, n: number | null, retry: number | null): { tone: "ok" | "warn"; text: string } {
  const others = n === null ? null : Math.max(0, n - 1).toLocaleString("en");
  switch (kind) {
    case "counted":
      return { tone: "ok", text: `Thanks — your report is counted. ${others ?? "Other"} others reported a problem with ${name} in the last hour.` };
    case "duplicate":
      return { tone: "warn", text: `You already reported a problem with ${name} recently, so this one was not counted again.${others !== null ? ` ${others} others reported in the last hour.` : ""}` };
    case "rate_limited":
      return { tone: "warn", text: `Too many reports from this device. Please try again${retry ? ` in ${Math.ceil(retry / 60)} min` : " later"}.` };
    case "bot":
      return { tone: "warn", text: "Automated clients are not counted." };
    default:
      return { tone: "warn", text: "Please pick what is not working and try again." };
  }
}

