import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { resolvePublicOrigin } from "@/lib/http/public-origin";
import { pickClientMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

// Absolute URLs in metadata (share images, canonical links, hreflang alternates) use the site's public origin.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title: { default: t("title"), template: t("titleTemplate") },
    description: t("description"),
    metadataBase: new URL(resolvePublicOrigin(await headers())),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Every page is rendered per request so Next can put that response's CSP nonce on its scripts (a prerendered
// page would carry none, and the strict script policy would block it).
export const dynamic = "force-dynamic";

/**
 * The bare document in the request's language: the site's pages add their chrome (SiteChrome), embeds stay
 * chrome-less. Client components get only the messages they use (lib/i18n/client-messages.ts).
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={pickClientMessages(await getMessages())}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
