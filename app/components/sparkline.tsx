/** A tiny server-rendered bar sparkline: 24 hourly counts, no client JavaScript needed. */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  const max = Math.max(1, ...values);
  const w = 4;
  const gap = 1;
  const h = 28;
  return (
    <svg className="spark" role="img" aria-label={label} viewBox={`0 0 ${values.length * (w + gap)} ${h}`} width="100%" height={h} preserveAspectRatio="none">
      {values.map((v, i) => {
        const bh = v === 0 ? 1 : Math.max(2, (v / max) * h);
        return <rect key={i} x={i * (w + gap)} y={h - bh} width={w} height={bh} rx={1} fill={v === 0 ? "var(--line)" : "var(--bar)"} />;
      })}
    </svg>
  );
}
