"use client";

import { useState } from "react";
import { buildIframeCode, buildScriptCode } from "@/lib/embeds/build-embed-code";
import { EMBED_RANGE_IDS, EMBED_THEMES, type EmbedRange, type EmbedTheme } from "@/lib/embeds/config";

function CodeBox({ id, label, code }: { id: string; label: string; code: string }) {
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
      <button type="button" className="button small-button" onClick={copy}>{copied ? "Copied" : "Copy"}</button>
      <span aria-live="polite" className="visually-hidden">{copied ? `${label} copied` : ""}</span>
    </div>
  );
}

/** Copy-paste embed codes (iframe, script, badge) with the widget's options, and the open-data links. */
export function EmbedPanel({ origin, slug, name }: { origin: string; slug: string; name: string }) {
  const [range, setRange] = useState<EmbedRange>("24h");
  const [theme, setTheme] = useState<EmbedTheme>("light");
  const options = { range, theme };
  const title = `${name} problem reports (Downwire)`;
  const page = `${origin}/status/${slug}`;
  const badge = `[![${name} status on Downwire](${origin}/badge/${slug}.svg)](${page})`;
  return (
    <section className="card stack" aria-labelledby="embed-h" id="embed" data-testid="embed-panel">
      <h2 id="embed-h">Embed, cite and download</h2>
      <p className="small muted">
        Put the live chart in an article: it updates itself, shows when it was last updated, and says what the
        numbers mean. Or paste this page’s address into a CMS that speaks oEmbed (WordPress, Ghost, Medium…).
      </p>
      <div className="embed-options">
        <label>Range{" "}
          <select value={range} onChange={(e) => setRange(e.target.value as EmbedRange)}>
            {EMBED_RANGE_IDS.map((r) => <option key={r} value={r}>{r === "24h" ? "24 hours" : "7 days"}</option>)}
          </select>
        </label>
        <label>Theme{" "}
          <select value={theme} onChange={(e) => setTheme(e.target.value as EmbedTheme)}>
            {EMBED_THEMES.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </label>
      </div>
      <CodeBox id="embed-iframe" label="Iframe" code={buildIframeCode({ origin, target: { slug }, title, options })} />
      <CodeBox id="embed-script" label="Script (responsive)" code={buildScriptCode({ origin, slug, options })} />
      <CodeBox id="embed-badge" label="Status badge (Markdown)" code={badge} />
      <details>
        <summary className="small">Preview the widget</summary>
        <iframe src={`/embed/${slug}?range=${range}&theme=${theme}`} title={`Preview: ${title}`} loading="lazy" className="embed-preview" />
      </details>
      <ul className="small link-list">
        <li><a href={`/status/${slug}/incidents`}>All past outages of {name}</a></li>
        <li><a href={`/status/${slug}/feed.xml`}>Outage feed (RSS)</a> · <a href={`/status/${slug}/feed.atom`}>Atom</a></li>
        <li><a href={`/api/v1/services/${slug}/series.csv?range=7d&bucket=1h`} download>Reports per hour, 7 days (CSV)</a> · <a href={`/api/v1/services/${slug}/series.csv?range=24h&bucket=5m`} download>per 5 minutes, 24 hours (CSV)</a></li>
        <li><a href={`/api/v1/incidents.csv?service=${slug}`} download>Outages (CSV)</a> · <a href={`/api/v1/services/${slug}`}>JSON API</a></li>
      </ul>
    </section>
  );
}
