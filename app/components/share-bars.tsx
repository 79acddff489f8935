import type { Share } from "@/lib/reports/read-breakdown";

/** Shares as labelled bars (labels already in the reader's language). */
export function ShareBars({ shares, empty, testId }: { shares: Share[]; empty: string; testId: string }) {
  if (!shares.length) return <p className="muted small">{empty}</p>;
  return (
    <ul className="bars" data-testid={testId}>
      {shares.map((s) => (
        <li key={s.id || "unknown"}>
          <div className="row"><span>{s.label}</span><span>{s.percent}%</span></div>
          <div className="bar" aria-hidden="true"><span style={{ width: `${s.percent}%` }} /></div>
        </li>
      ))}
    </ul>
  );
}
