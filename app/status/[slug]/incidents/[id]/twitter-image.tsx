import { headers } from "next/headers";
import { getStores } from "@/lib/stores/get-stores";
import { IncidentParamsSchema } from "@/lib/incidents/schemas";
import { SHARE_IMAGE_SIZE } from "@/lib/og/config";
import { readIncidentShareCard } from "@/lib/og/read-share-cards";
import { respondShareImage } from "@/lib/og/respond-share-image";

export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = "Chart of problem reports around the outage, with the outage shaded and the usual range";

export default async function TwitterImage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const parsed = IncidentParamsSchema.safeParse(await params);
  const card = parsed.success ? await readIncidentShareCard({ ...(await getStores()), ...parsed.data, now: Date.now() }) : undefined;
  return respondShareImage({ headers: await headers() }, card);
}
