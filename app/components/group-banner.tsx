import { useLocale, useTranslations } from "next-intl";
import type { PublicGroup } from "@/lib/correlation/public-types";
import { localizePath } from "@/lib/i18n/paths";

/** The home page's banner: outages happening together right now, each with its likely cause in one line. */
export function GroupBanner({ groups }: { groups: PublicGroup[] }) {
  const t = useTranslations("groupBanner");
  const locale = useLocale();
  if (!groups.length) return null;
  return (
    <section className="card alert-list group-banner" aria-labelledby="groups-h" data-testid="group-banner">
      <h2 id="groups-h">{groups.length === 1 ? t("one") : t("many", { count: groups.length })}</h2>
      <ul>
        {groups.map((g) => (
          <li key={g.id}>
            <a href={localizePath(locale, g.path)}>
              <strong>{g.headline}</strong>
            </a>
            <br />
            <span className="small">{g.cause ? g.cause.sentence : g.summary}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A quiet line for the home page when nothing is happening together now: the latest wider outages. */
export function RecentGroups({ groups }: { groups: PublicGroup[] }) {
  const t = useTranslations("groupBanner");
  const locale = useLocale();
  if (!groups.length) return null;
  return (
    <section className="small" aria-labelledby="recent-groups-h" data-testid="recent-groups">
      <h2 id="recent-groups-h" className="small muted">{t("recent")}</h2>
      <ul className="link-list">
        {groups.map((g) => (
          <li key={g.id}>
            <a href={localizePath(locale, g.path)}>{g.headline}</a>
          </li>
        ))}
      </ul>
      <p className="muted">
        <a href={localizePath(locale, "/incidents/groups")}>{t("all")}</a>
      </p>
    </section>
  );
}
