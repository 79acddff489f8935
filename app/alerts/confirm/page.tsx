import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { localeAlternates } from "@/lib/i18n/alternates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alertPages");
  return { title: t("confirmTitle"), robots: { index: false }, alternates: localeAlternates(await getLocale(), "/alerts/confirm") };
}
export const dynamic = "force-dynamic";

/**
 * Where the confirmation mail's link lands. Confirming takes a press of the button (a POST): mail scanners that
 * open every link must not subscribe anyone. The form names the page's language, so the answer comes back in it.
 */
export default async function ConfirmPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const q = await searchParams;
  const token = typeof q.token === "string" ? q.token.slice(0, 64) : "";
  const t = await getTranslations("alertPages");
  return (
    <article className="card stack" style={{ maxWidth: 640 }}>
      <h1>{t("confirmHeading")}</h1>
      {q.done ? (
        <p role="status">{t("confirmed")}</p>
      ) : q.unknown ? (
        <p role="status">{t("confirmExpired")}</p>
      ) : (
        <form method="post" action="/api/v1/subscriptions/confirm" className="stack">
          <p>{t("confirmAsk")}</p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="lang" value={await getLocale()} />
          <button type="submit" className="button primary">
            {t("confirmButton")}
          </button>
        </form>
      )}
    </article>
  );
}
