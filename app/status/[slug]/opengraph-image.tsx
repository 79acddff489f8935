import { headers } from "next/headers";
import { getStores } from "@/lib/stores/get-stores";
import { SHARE_IMAGE_SIZE } from "@/lib/og/config";
import { readServiceShareCard } from "@/lib/og/read-share-cards";
import { respondShareImage } from "@/lib/og/respond-share-image";

export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = "Chart of problem reports over the last 24 hours with the usual range, and the current status";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const slug = (await params).slug.slice(0, 80);
  return respondShareImage({ headers: await headers() }, await readServiceShareCard({ ...(await getStores()), slug, now: Date.now() }));
}
