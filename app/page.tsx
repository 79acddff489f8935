import { z } from "zod";
import { CATEGORY_LABELS } from "@/lib/catalog/categories";
import { CATEGORY_IDS } from "@/lib/catalog/types";
import { describeVerdict } from "@/lib/detection/describe-verdict";
import { cachedRead } from "@/lib/cache/read-cache";
import { readOverview } from "@/lib/services/read-overview";
import { getStores } from "@/lib/stores/get-stores";
import { readGroupHighlights } from "@/lib/correlation/read-incident-groups";
import { GroupBanner, RecentGroups } from "@/app/components/group-banner";
import { ServiceCard } from "@/app/components/service-card";
import { SiteChrome } from "@/app/components/site-chrome";

export const dynamic = "force-dynamic";

/** Services on the unfiltered front page. */
const HOME_LIMIT = 120;


const SearchSchema = z.object({
  q: z.string().max(80).catch(""),
  category: z.enum(CATEGORY_IDS).optional().catch(undefined),
});

type Search = Record<string, string | string[] | undefined>;

export default async function HomePage({ searchParams }: { searchParams: Promise<Search> }) {
  const raw = await searchParams;
  const { q, category } = SearchSchema.parse({ q: String(raw.q ?? ""), category: raw.category });
  const now = Date.now();
  const stores = await getStores();
  const all = await cachedRead(`overview:${q}:${category ?? ""}`, now, "reports", () => readOverview({ ...stores, now, q, category }));
  const alerts = all.filter((s) => s.status && s.status.status !== "ok").slice(0, 12);
  const groups = await cachedRead("home-groups", now, "tick", () => readGroupHighlights({ ...stores, now }));
  // A big catalog is browsed by search, category or the A-Z directory; the front page shows the busiest.
  const services = q || category ? all : all.slice(0, HOME_LIMIT);
  const href = (c?: string) => {
    const p = new URLSearchParams();
    if (q) p.set("q", q);
    if (c) p.set("category", c);
    const s = p.toString();
    return s ? `/?${s}` : "/";
  };
  return (
    <SiteChrome>
      <div className="stack">
        <section>
          <h1>Is it down, or is it just me?</h1>
          <p className="muted">Live problem reports from people using these services. Busiest right now first.</p>
          <form className="search" action="/" method="get" role="search">
            <label htmlFor="q" className="visually-hidden">Search services</label>
            <input id="q" name="q" type="search" defaultValue={q} placeholder="Search: Outlook, hotmail, Steam…" autoComplete="off" />
            {category && <input type="hidden" name="category" value={category} />}
            <button className="button" type="submit">Search</button>
          </form>
          <ul className="chips" aria-label="Categories">
            <li><a href={href()} aria-current={!category ? "page" : undefined}>All</a></li>
            {CATEGORY_IDS.map((c) => (
              <li key={c}>
                <a href={href(c)} aria-current={category === c ? "page" : undefined}>{CATEGORY_LABELS[c]}</a>
              </li>
            ))}
          </ul>
        </section>
        <GroupBanner groups={groups.active} />
        {alerts.length > 0 && (
          <section className="card alert-list" aria-labelledby="alerts-h" data-testid="active-outages">
            <h2 id="alerts-h">{`${alerts.length} ${alerts.length === 1 ? "service" : "services"} with problems right now`}</h2>
            <ul>
              {alerts.map((s) => (
                <li key={s.slug}>
                  <a href={`/status/${s.slug}`}>{s.name}</a>{" "}
                  <span className="small muted">{describeVerdict(s.name, s.status)}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        <RecentGroups groups={groups.recent} />
        {services.length === 0 ? (
          <p className="card">No service matches “{q}”.</p>
        ) : (
          <ul className="service-grid" data-testid="service-list">
            {services.map((s) => <ServiceCard key={s.slug} s={s} />)}
          </ul>
        )}
        {services.length < all.length && (
          <p>
            <a href="/services">All {all.length.toLocaleString("en")} services, A–Z</a>
          </p>
        )}
      </div>
    </SiteChrome>
  );
}
