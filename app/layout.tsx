import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Downwire — is it down, or is it just me?", template: "%s · Downwire" },
  description: "Open, crowdsourced outage reports for the services people depend on.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Every page is rendered per request so Next can put that response's CSP nonce on its scripts (a prerendered
// page would carry none, and the strict script policy would block it).
export const dynamic = "force-dynamic";

/** The bare document: the site's pages add their chrome (SiteChrome), embeds stay chrome-less. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
