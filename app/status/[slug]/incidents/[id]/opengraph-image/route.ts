import { readRequestLocale } from "@/lib/i18n/request-locale";
import { IncidentParamsSchema } from "@/lib/incidents/schemas";
import { readIncidentShareCard } from "@/lib/og/read-share-cards";
import { respondShareImage } from "@/lib/og/respond-share-image";
import { getStores } from "@/lib/stores/get-stores";

export const dynamic = "force-dynamic";

/** An incident's share card (1200×630 PNG) in the URL's language. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const parsed = IncidentParamsSchema.safeParse(await params);
  const card = parsed.success ? await readIncidentShareCard({ ...(await getStores()), ...parsed.data, now: Date.now(), locale: readRequestLocale(request.headers) }) : undefined;
  return respondShareImage(request, card);
}
