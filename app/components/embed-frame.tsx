import type { EmbedTheme } from "@/lib/embeds/config";

/** The chrome-less frame every embed shares: theme, title line, body, and the attribution footer. */
export function EmbedFrame({ theme, slug, name, chip, children, footer }: { theme: EmbedTheme; slug: string; name: string; chip: React.ReactNode; children: React.ReactNode; footer: React.ReactNode }) {
  return (
    <div className="embed" data-theme={theme}>
      <div className="embed-head">
        <a className="embed-title" href={`/status/${slug}`} target="_blank" rel="noopener">{name}</a>
        {chip}
      </div>
      {children}
      <div className="embed-foot">
        {footer}
        <a href="/" target="_blank" rel="noopener" className="embed-brand">Down<span>wire</span></a>
      </div>
    </div>
  );
}

const TITLES = { outage: "Outage likely", possible: "Possible problems", ok: "No current problems" } as const;

export function StatusChip({ status }: { status: keyof typeof TITLES | null }) {
  return <span className={`chip chip-${status ?? "ok"}`} data-testid="embed-status">{status ? TITLES[status] : "No verdict yet"}</span>;
}

/** "2026-11-25 10:42 UTC": unambiguous in any newsroom's locale, and the same on server and client. */
export const formatStamp = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
