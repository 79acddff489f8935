import { makeMonogram, pickHue } from "@/lib/catalog/monogram";

export function Monogram({ slug, name, large = false }: { slug: string; name: string; large?: boolean }) {
  return (
    <span aria-hidden="true" className={large ? "monogram large" : "monogram"} style={{ background: `hsl(${pickHue(slug)} 55% 40%)` }}>
      {makeMonogram(name)}
    </span>
  );
}
