import type { Messages } from "./messages";

/**
 * The namespaces client components translate with useTranslations. Only these reach the browser (in every page's
 * payload), so a namespace used only on the server stays out. A client component using another namespace shows
 * its key instead of text, which the Chromium tests catch.
 */
export const CLIENT_NAMESPACES = ["client"] as const satisfies readonly (keyof Messages)[];

export function pickClientMessages(messages: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]));
}
