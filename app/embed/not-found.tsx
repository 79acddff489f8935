import { getLocale, getTranslations } from "next-intl/server";
import { localizePath } from "@/lib/i18n/paths";

export default async function EmbedNotFound() {
  const t = await getTranslations("notFound");
  const locale = await getLocale();
  return (
    <div className="embed" data-theme="light">
      <p>{t("embed")}</p>
      <p><a href={localizePath(locale, "/")} target="_blank" rel="noopener">{t("browse")}</a></p>
    </div>
  );
}
