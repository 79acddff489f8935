import type { Metadata } from "next";
import type { Locale } from "@/lib/i18n/config";
import { localizePath } from "@/lib/i18n/paths";
import { SHARE_IMAGE_SIZE } from "./config";

/**
 * og:image and twitter:image of a page in a language: its share image at `<page>/opengraph-image` (and
 * `…/twitter-image`) under the same locale prefix, so a Chinese page is shared with a Chinese card.
 */
export function shareImages(locale: Locale, pagePath: string, alt: string): Pick<Metadata, "openGraph" | "twitter"> {
  const image = (file: string) => ({ url: localizePath(locale, `${pagePath}/${file}`), ...SHARE_IMAGE_SIZE, alt, type: "image/png" });
  return {
    openGraph: { images: [image("opengraph-image")] },
    twitter: { card: "summary_large_image", images: [image("twitter-image")] },
  };
}
