import { readEnv } from "@/lib/config/env";

/** Demo banner, header and footer around every page of the site (not around embeds). */
export function SiteChrome({ children }: { children: React.ReactNode }) {
  const demo = readEnv().DOWNWIRE_DEMO;
  return (
    <>
      {demo && (
        <div className="demo-banner" role="note" data-testid="demo-banner">
          <strong>Demo data.</strong> The reports and outages on this site are simulated for demonstration; they are
          not real user reports.
        </div>
      )}
      <header className="site-header">
        <div className="wrap">
          <a href="/" className="brand">
            Down<span>wire</span>
          </a>
          <nav aria-label="Main">
            <a href="/">All services</a>
            <a href="/incidents/groups">Wider outages</a>
            <a href="/methodology">How it works</a>
          </nav>
        </div>
      </header>
      <main className="wrap">{children}</main>
      <footer className="site-footer">
        <div className="wrap">
          Downwire counts problem reports people send; a report count is not the number of people affected. Open
          source and self-hostable. <a href="/feeds/incidents.xml">Outage feed (RSS)</a> ·{" "}
          <a href="/feeds/incidents.atom">Atom</a> · <a href="/official-lag">Vendor acknowledgement times</a>
        </div>
      </footer>
    </>
  );
}

/** The layout of every site section (status pages, methodology); the home page wraps itself. */
export function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
