import type { EmbedTheme } from "@/lib/embeds/config";
import type { Locale } from "@/lib/i18n/config";
import { localizePath } from "@/lib/i18n/paths";

/** The chrome-less frame every embed shares: theme, title line, body, and the attribution footer (links in the embed's language). */
export function EmbedFrame({ theme, locale, slug, name, chip, children, footer }: { theme: EmbedTheme; locale: Locale; slug: string; name: string; chip: React.ReactNode; children: React.ReactNode; footer: React.ReactNode }) {
  return (
    <div className="embed" data-theme={theme}>
      <div className="embed-head">
        <a className="embed-title" href={localizePath(locale, `/status/${slug}`)} target="_blank" rel="noopener">{name}</a>
        {chip}
      </div>
      {children}
      <div className="embed-foot">
        {footer}
        <a href={localizePath(locale, "/")} target="_blank" rel="noopener" className="embed-brand">Down<span>wire</span></a>
      </div>
    </div>
  );
}
