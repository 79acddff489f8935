import { getLocale, getTranslations } from "next-intl/server";
import { localizePath } from "@/lib/i18n/paths";
import { SiteChrome } from "./components/site-chrome";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  const locale = await getLocale();
  return (
    <SiteChrome>
      <div className="card">
        <h1>{t("title")}</h1>
        <p>{t.rich("text", { link: (chunks) => <a href={localizePath(locale, "/")}>{chunks}</a> })}</p>
      </div>
    </SiteChrome>
  );
}
