import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { labelCategory } from "@/lib/catalog/categories";
import { cachedRead } from "@/lib/cache/read-cache";
import { localeAlternates } from "@/lib/i18n/alternates";
import { formatNumber } from "@/lib/i18n/format-number";
import { localizePath } from "@/lib/i18n/paths";
import { readDirectory } from "@/lib/services/read-directory";
import { getStores } from "@/lib/stores/get-stores";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("directory");
  return { title: t("title"), alternates: localeAlternates(await getLocale(), "/services") };
}

export default async function DirectoryPage() {
  const locale = await getLocale();
  const t = await getTranslations("directory");
  const ts = await getTranslations("client.status");
  const stores = await getStores();
  const groups = await cachedRead(`directory:${locale}`, Date.now(), "tick", () => readDirectory({ ...stores, locale }));
  const total = groups.reduce((n, g) => n + g.services.length, 0);
  return (
    <div className="stack">
      <section>
        <h1>{t("title")}</h1>
        <p className="muted">
          {t.rich("intro", { count: formatNumber(locale, total), front: (chunks) => <a href={localizePath(locale, "/")}>{chunks}</a> })}
        </p>
        <ul className="chips" aria-label={t("categories")}>
          {groups.map((g) => (
            <li key={g.category}>
              <a href={`#${g.category}`}>{labelCategory(g.category, locale)}</a>
            </li>
          ))}
        </ul>
      </section>
      {groups.map((g) => (
        <section key={g.category} className="card" aria-labelledby={g.category}>
          <h2 id={g.category}>{labelCategory(g.category, locale)}</h2>
          <ul className="directory">
            {g.services.map((s) => (
              <li key={s.slug}>
                <a href={localizePath(locale, `/status/${s.slug}`)}>{s.name}</a>
                {s.status && s.status !== "ok" && <> <span className={`chip chip-${s.status}`}>{s.status === "outage" ? ts("chipOutage") : ts("possible")}</span></>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
