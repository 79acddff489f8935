import { ARCHIVE_CACHE, respondCached } from "@/lib/http/respond-cached";
import { respondError } from "@/lib/http/respond-json";
import { SHARE_IMAGE_CACHE } from "./config";
import { renderShareCard, type ShareCard } from "./render-share-card";

/** The PNG of a card with ETag/304 and public caching; a JSON 404 when there is no card. */
export async function respondShareImage(request: { headers: { get(name: string): string | null } }, card: ShareCard | undefined): Promise<Response> {
  if (!card) return respondError(404, "not_found", "No such service or incident.");
  return respondCached(request, await renderShareCard(card), "image/png", card.final ? ARCHIVE_CACHE : SHARE_IMAGE_CACHE);
}
