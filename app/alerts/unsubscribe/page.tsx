import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { localeAlternates } from "@/lib/i18n/alternates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alertPages");
  return { title: t("stopTitle"), robots: { index: false }, alternates: localeAlternates(await getLocale(), "/alerts/unsubscribe") };
}
export const dynamic = "force-dynamic";

/** The unsubscribe link in every alert mail opens this page; the button removes the subscription and its address. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const q = await searchParams;
  const token = typeof q.token === "string" ? q.token.slice(0, 64) : "";
  const t = await getTranslations("alertPages");
  return (
    <article className="card stack" style={{ maxWidth: 640 }}>
      <h1>{t("stopTitle")}</h1>
      {q.done ? (
        <p role="status">{t("stopped")}</p>
      ) : q.unknown ? (
        <p role="status">{t("stopNothing")}</p>
      ) : (
        <form method="post" action={`/api/v1/subscriptions/unsubscribe?token=${encodeURIComponent(token)}`} className="stack">
          <input type="hidden" name="from" value="page" />
          <input type="hidden" name="lang" value={await getLocale()} />
          <p>{t("stopAsk")}</p>
          <button type="submit" className="button primary">
            {t("stopButton")}
          </button>
        </form>
      )}
    </article>
  );
}
