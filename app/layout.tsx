import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import "./globals.css";

// Absolute URLs in metadata (share images, canonical links) use the site's public origin.
export async function generateMetadata(): Promise<Metadata> {
  return {
    title: { default: "Downwire — is it down, or is it just me?", template: "%s · Downwire" },
    description: "Open, crowdsourced outage reports for the services people depend on.",
    metadataBase: new URL(resolvePublicOrigin(await headers())),
  };
}

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
