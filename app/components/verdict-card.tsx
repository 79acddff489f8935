import type { ServiceVerdict } from "@/lib/detection/read-status";

const TITLES = { outage: "Outage likely", possible: "Possible problems", ok: "No current problems" } as const;

/** The status in words and numbers; colour is never the only signal. */
export function VerdictCard({ status, summary, officialSummary, officialUrl }: { status: ServiceVerdict | null; summary: string; officialSummary?: string | null; officialUrl?: string }) {
  const tier = status?.status ?? "ok";
  return (
    <section className={`card verdict verdict-${tier}`} aria-labelledby="verdict-h" data-testid="verdict" data-status={status?.status ?? "none"}>
      <h2 id="verdict-h">
        <span className={`chip chip-${tier}`}>{status ? TITLES[tier] : "No verdict yet"}</span>
      </h2>
      <p data-testid="verdict-summary">{summary}</p>
      {officialSummary && (
        <p data-testid="official-summary">
          {officialSummary} {officialUrl && <a className="small" href={officialUrl} rel="nofollow noopener">Vendor&apos;s status data</a>}
        </p>
      )}
      {status && status.status !== "ok" && (
        <p className="muted small">
          {`${status.ratio}× the usual level; a rise this large would happen by chance with probability ${status.p.toExponential(0)}. `}
          <a href="/methodology">How Downwire decides</a>
        </p>
      )}
    </section>
  );
}
