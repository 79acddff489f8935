"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useLocale } from "next-intl";
import { splitLocalePath } from "@/lib/i18n/paths";
import { LanguageLinks } from "./language-links";

/** The language links for an App Router page, which learns its own path from the router. */
export function LanguageSwitch({ label }: { label: string }) {
  const locale = useLocale();
  const query = useSearchParams().toString();
  const path = splitLocalePath(usePathname() ?? "/").path + (query ? `?${query}` : "");
  return <LanguageLinks locale={locale} path={path} label={label} />;
}
