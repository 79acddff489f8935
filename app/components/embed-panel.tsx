import { useLocale, useTranslations } from "next-intl";
import { buildBadgeCode, buildEmbedUrl, buildIframeCode, buildScriptCode } from "@/lib/embeds/build-embed-code";
import { EMBED_RANGE_IDS, EMBED_THEMES } from "@/lib/embeds/config";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/config";
import { localizePath } from "@/lib/i18n/paths";

function CodeBox({ id, label, code }: { id: string; label: string; code: string }) {
  const t = useTranslations("client.embedPanel");
  return (
    <div className="code-box">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly rows={3} value={code} data-testid={id} />
      {/* Shown by the page's script: without one there is no clipboard to copy to. */}
      <button type="button" className="button small-button" data-copy={id} data-label={label} hidden>{t("copy")}</button>
    </div>
  );
}

/**
 * Copy-paste embed codes (iframe, script, badge) for the default options, and the open-data links. The page's script
 * (app/service-page/client/embed-options.ts) rewrites the codes as the reader picks a range, theme or language,
 * with the same builders; `data-*` carry what it needs (names in each language, the words with their placeholders).
 */
export function EmbedPanel({ origin, slug, name, names }: { origin: string; slug: string; name: string; names: Record<Locale, string> }) {
  const t = useTranslations("client.embedPanel");
  const tr = useTranslations("client.ranges");
  const locale = useLocale();
  const options = { range: "24h", theme: "light", lang: locale } as const;
  const title = t("widgetTitle", { name: names[locale] });
  const href = (p: string) => localizePath(locale, p);
  const words = { title: t.raw("widgetTitle"), badgeAlt: t.raw("badgeAlt"), copy: t("copy"), copied: t("copied"), copiedLabel: t.raw("copiedLabel"), previewTitle: t.raw("previewTitle") };
  return (
    <section className="card stack" aria-labelledby="embed-h" id="embed" data-testid="embed-panel" data-origin={origin} data-slug={slug} data-names={JSON.stringify(names)} data-words={JSON.stringify(words)}>
      <h2 id="embed-h">{t("heading")}</h2>
      <p className="small muted">{t("intro")}</p>
      <div className="embed-options">
        <label>{t("range")}{" "}
          <select name="range" defaultValue={options.range}>
            {EMBED_RANGE_IDS.map((r) => <option key={r} value={r}>{tr(r)}</option>)}
          </select>
        </label>
        <label>{t("theme")}{" "}
          <select name="theme" defaultValue={options.theme}>
            {EMBED_THEMES.map((th) => <option key={th} value={th}>{t(`theme_${th}`)}</option>)}
          </select>
        </label>
        <label>{t("language")}{" "}
          <select name="lang" defaultValue={options.lang} data-testid="embed-lang">
            {LOCALES.map((l) => <option key={l} value={l} lang={l}>{LOCALE_NAMES[l]}</option>)}
          </select>
        </label>
      </div>
      <CodeBox id="embed-iframe" label={t("iframe")} code={buildIframeCode({ origin, target: { slug }, title, options })} />
      <CodeBox id="embed-script" label={t("script")} code={buildScriptCode({ origin, slug, options })} />
      <CodeBox id="embed-badge" label={t("badge")} code={buildBadgeCode({ origin, slug, lang: locale, alt: t("badgeAlt", { name: names[locale] }) })} />
      <p aria-live="polite" className="visually-hidden" data-copied-status />
      <details>
        <summary className="small">{t("preview")}</summary>
        <iframe src={buildEmbedUrl("", { slug }, options)} title={t("previewTitle", { title })} loading="lazy" className="embed-preview" />
      </details>
      <ul className="small link-list">
        <li><a href={href(`/status/${slug}/incidents`)}>{t("allOutages", { name })}</a></li>
        <li><a href={href(`/status/${slug}/feed.xml`)}>{t("feedRss")}</a> · <a href={href(`/status/${slug}/feed.atom`)}>{t("feedAtom")}</a></li>
        <li><a href={`/api/v1/services/${slug}/series.csv?range=7d&bucket=1h`} download>{t("csvHourly")}</a> · <a href={`/api/v1/services/${slug}/series.csv?range=24h&bucket=5m`} download>{t("csv5m")}</a></li>
        <li><a href={`/api/v1/incidents.csv?service=${slug}`} download>{t("csvOutages")}</a> · <a href={`/api/v1/services/${slug}${locale === "en" ? "" : `?lang=${locale}`}`}>{t("json")}</a></li>
      </ul>
    </section>
  );
}
