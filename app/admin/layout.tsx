import type { Metadata } from "next";
import { SiteChrome } from "@/app/components/site-chrome";

export const metadata: Metadata = { title: "Operator", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
