import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { readEnv } from "@/lib/config/env";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Downwire — is it down, or is it just me?", template: "%s · Downwire" },
  description: "Open, crowdsourced outage reports for the services people depend on.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const demo = readEnv().DOWNWIRE_DEMO;
  return (
    <html lang="en">
      <body>
        {demo && (
          <div className="demo-banner" role="note" data-testid="demo-banner">
            <strong>Demo data.</strong> The reports and outages on this site are simulated for demonstration; they are
            not real user reports.
          </div>
        )}
        <header className="site-header">
          <div className="wrap">
            <Link href="/" className="brand">
              Down<span>wire</span>
            </Link>
            <nav aria-label="Main">
              <Link href="/services">All services</Link>
              <Link href="/methodology">How it works</Link>
            </nav>
          </div>
        </header>
        <main className="wrap">{children}</main>
        <footer className="site-footer">
          <div className="wrap">
            Downwire counts problem reports people send; a report count is not the number of people affected. Open
            source and self-hostable.
          </div>
        </footer>
      </body>
    </html>
  );
}
