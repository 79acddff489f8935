/**
 * A tiny server-rendered bar sparkline: 24 hourly counts, no client JavaScript. Two paths rather than a rect per
 * bar: a front page of a hundred services would otherwise ship thousands of elements twice (HTML and RSC payload).
 */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  const max = Math.max(1, ...values);
  const w = 4;
  const step = 5;
  const h = 28;
  let bars = "";
  let empty = "";
  values.forEach((v, i) => {
    const bh = v === 0 ? 1 : Math.max(2, Math.round((v / max) * h * 10) / 10);
    const d = `M${i * step} ${h}v-${bh}h${w}v${bh}z`;
    if (v === 0) empty += d;
    else bars += d;
  });
  return (
    <svg className="spark" role="img" aria-label={label} viewBox={`0 0 ${values.length * step} ${h}`} width="100%" height={h} preserveAspectRatio="none">
      {empty && <path d={empty} fill="var(--line)" />}
      {bars && <path d={bars} fill="var(--bar)" />}
    </svg>
  );
}
