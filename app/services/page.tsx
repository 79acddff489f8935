import type { Metadata } from "next";
import { cachedRead } from "@/lib/cache/read-cache";
import { readDirectory } from "@/lib/services/read-directory";
import { getStores } from "@/lib/stores/get-stores";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "All services, A–Z" };

export default async function DirectoryPage() {
  const stores = await getStores();
  const groups = await cachedRead("directory", Date.now(), "tick", () => readDirectory(stores));
  const total = groups.reduce((n, g) => n + g.services.length, 0);
  return (
    <div className="stack">
      <section>
        <h1>All services, A–Z</h1>
        <p className="muted">{total.toLocaleString("en")} services by category. Search and the busiest services are on the <a href="/">front page</a>.</p>
        <ul className="chips" aria-label="Categories">
          {groups.map((g) => (
            <li key={g.category}>
              <a href={`#${g.category}`}>{g.label}</a>
            </li>
          ))}
        </ul>
      </section>
      {groups.map((g) => (
        <section key={g.category} className="card" aria-labelledby={g.category}>
          <h2 id={g.category}>{g.label}</h2>
          <ul className="directory">
            {g.services.map((s) => (
              <li key={s.slug}>
                <a href={`/status/${s.slug}`}>{s.name}</a>
                {s.status && s.status !== "ok" && <> <span className={`chip chip-${s.status}`}>{s.status === "outage" ? "Outage" : "Possible problems"}</span></>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
