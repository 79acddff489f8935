/**
 * A tiny server-rendered bar sparkline: 24 hourly counts, no client JavaScript. A baseline and one path for the
 * bars rather than a rect per bar: a front page of a hundred services would otherwise ship thousands of elements
 * twice (HTML and RSC payload).
 */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  const max = Math.max(1, ...values);
  const w = 4;
  const step = 5;
  const h = 28;
  let bars = "";
  values.forEach((v, i) => {
    if (v === 0) return;
    const bh = Math.max(2, Math.round((v / max) * h * 10) / 10);
    bars += `M${i * step} ${h}v-${bh}h${w}v${bh}z`;
  });
  return (
    <svg className="spark" role="img" aria-label={label} viewBox={`0 0 ${values.length * step} ${h}`} width="100%" height={h} preserveAspectRatio="none">
      <path d={`M0 ${h - 1}h${values.length * step}v1H0z`} fill="var(--line)" />
      {bars && <path d={bars} fill="var(--bar)" />}
    </svg>
  );
}
