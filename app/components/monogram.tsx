import { makeMonogram, pickHue } from "@/lib/catalog/monogram";

export function Monogram({ slug, name, large = false }: { slug: string; name: string; large?: boolean }) {
  return (
    // OKLCH keeps every hue equally dark: white letters stay above 5:1 contrast whatever the hue (HSL's yellows fell to 2.8:1).
    <span aria-hidden="true" className={large ? "monogram large" : "monogram"} style={{ background: `oklch(50% 0.11 ${pickHue(slug)})` }}>
      {makeMonogram(name)}
    </span>
  );
}
