import { nameIn } from "@/lib/catalog/read-catalog";
import { describeVerdict } from "@/lib/detection/describe-verdict";
import type { Locale } from "@/lib/i18n/config";
import { localizePath } from "@/lib/i18n/paths";
import type { ServiceSummary } from "@/lib/services/read-overview";

/** Services with problems now, each linked with its verdict in a sentence (the front page's and a country page's list). */
export function TroubledServices({ services, heading, headingId, testId, locale }: { services: ServiceSummary[]; heading: string; headingId: string; testId: string; locale: Locale }) {
  if (services.length === 0) return null;
  return (
    <section className="card alert-list" aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId}>{heading}</h2>
      <ul>
        {services.map((s) => (
          <li key={s.slug}>
            <a href={localizePath(locale, `/status/${s.slug}`)}>{nameIn(s, locale)}</a>{" "}
            <span className="small muted">{describeVerdict(nameIn(s, locale), s.status, locale)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
