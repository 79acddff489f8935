import { readRequestLocale } from "@/lib/i18n/request-locale";
import { readServiceShareCard } from "@/lib/og/read-share-cards";
import { respondShareImage } from "@/lib/og/respond-share-image";
import { getStores } from "@/lib/stores/get-stores";

export const dynamic = "force-dynamic";

/** A service's share card (1200×630 PNG) in the URL's language; pages point og:image and twitter:image here (lib/og/share-image-metadata.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = (await params).slug.slice(0, 80);
  return respondShareImage(request, await readServiceShareCard({ ...(await getStores()), slug, now: Date.now(), locale: readRequestLocale(request.headers) }));
}
