import type { PublicGroup } from "@/lib/correlation/public-types";
import type { Locale } from "@/lib/i18n/config";
import { localizePath } from "@/lib/i18n/paths";

/** Groups of outages as a list: each one's headline (linking to its page) and its likely cause in a sentence. */
export function GroupList({ groups, locale, className, testId }: { groups: PublicGroup[]; locale: Locale; className: string; testId?: string }) {
  return (
    <ul className={className} data-testid={testId}>
      {groups.map((g) => (
        <li key={g.id}>
          <a href={localizePath(locale, g.path)}><strong>{g.headline}</strong></a>
          <br />
          <span className="small muted">{g.cause ? g.cause.sentence : g.summary}</span>
        </li>
      ))}
    </ul>
  );
}
