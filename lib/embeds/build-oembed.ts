import { buildIframeCode, type EmbedCodeOptions, type EmbedTarget } from "./build-embed-code";
import { EMBED_HEIGHT, EMBED_MAX_WIDTH, EMBED_WIDTH } from "./config";

/** The discovery link a page advertises: `<link rel="alternate" type="application/json+oembed" href=…>`. */
export function buildOembedDiscovery(origin: string, pagePath: string): string {
  return `${origin}/api/oembed?url=${encodeURIComponent(origin + pagePath)}&format=json`;
}

export interface OembedRich {
  version: "1.0";
  type: "rich";
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

/** Widget size within the consumer's limits: the natural size, narrower or shorter if asked, never wider than useful. */
export function fitEmbedSize(maxwidth?: number, maxheight?: number): { width: number; height: number } {
  const width = Math.min(maxwidth ?? EMBED_WIDTH, EMBED_MAX_WIDTH);
  const natural = maxwidth && maxwidth > EMBED_WIDTH ? Math.round((width * 13) / 20) : EMBED_HEIGHT;
  return { width, height: Math.min(natural, maxheight ?? natural) };
}

/** A `rich` oEmbed answer whose html is the widget's iframe. */
export function buildOembed({ origin, target, title, options, thumbnailPath, maxwidth, maxheight, cacheAge }: {
  origin: string;
  target: EmbedTarget;
  title: string;
  options: EmbedCodeOptions;
  thumbnailPath: string;
  maxwidth?: number;
  maxheight?: number;
  cacheAge: number;
}): OembedRich {
  const { width, height } = fitEmbedSize(maxwidth, maxheight);
  return {
    version: "1.0",
    type: "rich",
    title,
    provider_name: "Downwire",
    provider_url: `${origin}/`,
    html: buildIframeCode({ origin, target, title, options, width, height }),
    width,
    height,
    thumbnail_url: origin + thumbnailPath,
    thumbnail_width: 1200,
    thumbnail_height: 630,
    cache_age: cacheAge,
  };
}
