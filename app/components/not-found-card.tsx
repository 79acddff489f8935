import { useLocale, useTranslations } from "next-intl";
import { localizePath } from "@/lib/i18n/paths";

/** "Not found", with the way back to every service; synchronous, so the plain service page shares it with Next's 404. */
export function NotFoundCard() {
  const t = useTranslations("notFound");
  const locale = useLocale();
  return (
    <div className="card">
      <h1>{t("title")}</h1>
      <p>{t.rich("text", { link: (chunks) => <a href={localizePath(locale, "/")}>{chunks}</a> })}</p>
    </div>
  );
}
