import type { Metadata } from "next";

// Embeds live inside other sites' articles; search engines should index the service pages instead.
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return children;
}
