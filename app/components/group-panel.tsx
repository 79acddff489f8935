import { useLocale, useTranslations } from "next-intl";
import type { PublicGroup } from "@/lib/correlation/public-types";
import { localizePath } from "@/lib/i18n/paths";
import { LocalTime } from "./local-time";

type T = ReturnType<typeof useTranslations<"groupPanel">>;

/** The heading a member's page gives its group: what this service's outage is part of, from its own point of view. */
function headingFor(t: T, group: PublicGroup, slug: string): string {
  const me = group.members.find((m) => m.service.slug === slug);
  const cause = group.cause;
  const isCause = cause?.kind === "upstream" && cause.service.slug === slug;
  if (isCause || me?.role === "upstream") {
    const count = group.members.filter((m) => m.role === "dependent").length;
    return cause?.kind === "upstream" ? t("alsoAffected", { count, name: cause.service.name }) : t("alsoAffectedIt", { count });
  }
  if (me?.role === "dependent" && cause?.kind === "upstream") return t("causedBy", { name: cause.service.name });
  if (me?.role === "local" && cause?.kind === "local") return t("likelyLocal", { country: cause.country.name });
  return t("sameTime");
}

/**
 * A group of outages seen from one member's page (service or incident): the likely cause with its evidence, the
 * other services affected and when each started, and a link to the whole picture. The group comes read in the
 * page's language.
 */
export function GroupPanel({ group, slug, now }: { group: PublicGroup; slug: string; now: number }) {
  const t = useTranslations("groupPanel");
  const locale = useLocale();
  const others = group.members.filter((m) => m.service.slug !== slug);
  const me = group.members.find((m) => m.service.slug === slug);
  // A bystander's page must not read as if the group's cause explained it.
  const bystander = me?.role === "unexplained" && group.cause !== null;
  const path = localizePath(locale, group.path);
  return (
    <section className="card stack group-panel" aria-labelledby={`group-${group.id}-h`} data-testid="group-panel">
      <div>
        <h2 id={`group-${group.id}-h`}>{headingFor(t, group, slug)}</h2>
        <p className="small muted">
          <a href={path}>{group.headline}</a>
        </p>
      </div>
      {bystander && (
        <p data-testid="group-bystander">
          {group.cause!.kind === "upstream"
            ? t("bystanderUpstream", { name: me.service.name, cause: group.cause!.service.name })
            : t("bystanderLocal", { name: me.service.name, country: group.cause!.country.name })}
        </p>
      )}
      <p data-testid="group-reason" className={bystander ? "small" : undefined}>{group.cause ? group.cause.sentence : group.summary}</p>
      {others.length > 0 && (
        <ul className="group-members">
          {others.map((m) => (
            <li key={m.incidentId}>
              <a href={localizePath(locale, `/status/${m.service.slug}/incidents/${m.incidentId}`)}>{m.service.name}</a>{" "}
              <span className="small muted">
                {m.open ? t("since") : t("from")} <LocalTime iso={m.startedAt} style="since" now={now} />
                {` · ${m.reason}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="small link-row">
        <a href={path}>{t("howReached")}</a> · <a href={`${localizePath(locale, "/methodology")}#together`}>{t("method")}</a>
      </p>
    </section>
  );
}
