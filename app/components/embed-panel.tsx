"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { buildIframeCode, buildScriptCode } from "@/lib/embeds/build-embed-code";
import { EMBED_RANGE_IDS, EMBED_THEMES, type EmbedRange, type EmbedTheme } from "@/lib/embeds/config";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/config";
import { localizePath } from "@/lib/i18n/paths";

function CodeBox({ id, label, code }: { id: string; label: string; code: string }) {
  const t = useTranslations("client.embedPanel");
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      (document.getElementById(id) as HTMLTextAreaElement | null)?.select();
    }
  };
  return (
    <div className="code-box">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly rows={3} value={code} onFocus={(e) => e.currentTarget.select()} data-testid={id} />
      <button type="button" className="button small-button" onClick={copy}>{copied ? t("copied") : t("copy")}</button>
      <span aria-live="polite" className="visually-hidden">{copied ? t("copiedLabel", { label }) : ""}</span>
    </div>
  );
}

/** Copy-paste embed codes (iframe, script, badge) with the widget's options (range, theme, language), and the open-data links. */
export function EmbedPanel({ origin, slug, name, names }: { origin: string; slug: string; name: string; names: Record<Locale, string> }) {
  const t = useTranslations("client.embedPanel");
  const tr = useTranslations("client.ranges");
  const locale = useLocale();
  const [range, setRange] = useState<EmbedRange>("24h");
  const [theme, setTheme] = useState<EmbedTheme>("light");
  const [lang, setLang] = useState<Locale>(locale);
  const options = { range, theme, lang };
  const title = t("widgetTitle", { name: names[lang] });
  const page = origin + localizePath(lang, `/status/${slug}`);
  const badgeSrc = `${origin}${localizePath(lang, `/badge/${slug}.svg`)}`;
  const badge = `[![${t("badgeAlt", { name: names[lang] })}](${badgeSrc})](${page})`;
  const href = (p: string) => localizePath(locale, p);
  return (
    <section className="card stack" aria-labelledby="embed-h" id="embed" data-testid="embed-panel">
      <h2 id="embed-h">{t("heading")}</h2>
      <p className="small muted">{t("intro")}</p>
      <div className="embed-options">
        <label>{t("range")}{" "}
          <select value={range} onChange={(e) => setRange(e.target.value as EmbedRange)}>
            {EMBED_RANGE_IDS.map((r) => <option key={r} value={r}>{tr(r)}</option>)}
          </select>
        </label>
        <label>{t("theme")}{" "}
          <select value={theme} onChange={(e) => setTheme(e.target.value as EmbedTheme)}>
            {EMBED_THEMES.map((th) => <option key={th} value={th}>{t(`theme_${th}`)}</option>)}
          </select>
        </label>
        <label>{t("language")}{" "}
          <select value={lang} onChange={(e) => setLang(e.target.value as Locale)} data-testid="embed-lang">
            {LOCALES.map((l) => <option key={l} value={l} lang={l}>{LOCALE_NAMES[l]}</option>)}
          </select>
        </label>
      </div>
      <CodeBox id="embed-iframe" label={t("iframe")} code={buildIframeCode({ origin, target: { slug }, title, options })} />
      <CodeBox id="embed-script" label={t("script")} code={buildScriptCode({ origin, slug, options })} />
      <CodeBox id="embed-badge" label={t("badge")} code={badge} />
      <details>
        <summary className="small">{t("preview")}</summary>
        <iframe src={`${localizePath(lang, `/embed/${slug}`)}?range=${range}&theme=${theme}`} title={t("previewTitle", { title })} loading="lazy" className="embed-preview" />
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
