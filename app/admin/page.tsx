import Link from "next/link";
import { CATEGORY_LABELS } from "@/lib/catalog/categories";
import { readCatalog } from "@/lib/catalog/read-catalog";
import { formatDateTime } from "@/lib/i18n/format-time";
import { listIncidents } from "@/lib/incidents/read-incidents";
import { getStores } from "@/lib/stores/get-stores";
import { requireAdmin } from "./require-admin";

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminPage({ searchParams }: { searchParams: Search }) {
  await requireAdmin();
  const q = await searchParams;
  const stores = await getStores();
  const services = (await readCatalog(stores.catalog)).all;
  const incidents = (await listIncidents({ ...stores, now: Date.now(), state: "all", limit: 30 })) ?? [];
  return (
    <div className="stack">
      <section className="row-between">
        <h1>Operator</h1>
        <form action="/admin/session/end" method="post">
          <button className="button secondary small-button" type="submit">Sign out</button>
        </form>
      </section>
      {typeof q.done === "string" && <p className="notice ok" role="status">{q.done}</p>}
      {typeof q.error === "string" && <p className="notice warn" role="alert">{q.error}</p>}

      <section className="card stack" aria-labelledby="incidents-h">
        <h2 id="incidents-h">Incidents</h2>
        <p className="muted small">Close one the detector got wrong (a brigade, a test). The note is shown to readers; the service&apos;s detector stands down.</p>
        <table>
          <thead>
            <tr><th>Service</th><th>Started</th><th>State</th><th>Close as a false alarm</th></tr>
          </thead>
          <tbody>
            {incidents.map((i) => (
              <tr key={i.id} data-testid={`incident-${i.id}`}>
                <td><a href={`/status/${i.service.slug}/incidents/${i.id}`}>{i.service.name}</a></td>
                <td>{formatDateTime("en", i.startedAt, "UTC")}</td>
                <td>{i.open ? "open" : i.closedBy === "operator" ? `dismissed: ${i.note ?? ""}` : "closed"}</td>
                <td>
                  {i.closedBy !== "operator" && (
                    <form action="/admin/dismiss-incident" method="post" className="inline-form">
                      <input type="hidden" name="id" value={i.id} />
                      <label className="visually-hidden" htmlFor={`note-${i.id}`}>Note for incident {i.id}</label>
                      <input id={`note-${i.id}`} name="note" placeholder="Why (shown to readers)" required minLength={3} maxLength={500} />
                      <button className="button small-button" type="submit">Close</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card stack" aria-labelledby="services-h">
        <div className="row-between">
          <h2 id="services-h">Services ({services.length.toLocaleString("en")})</h2>
          <Link className="button small-button" href="/admin/services/new">Add a service</Link>
        </div>
        <div className="table-scroll tall">
          <table>
            <thead>
              <tr><th>Name</th><th>Slug</th><th>Category</th><th>Depends on</th><th>Source</th><th>Visible</th></tr>
            </thead>
            <tbody>
              {services.map((s) => (
                <tr key={s.slug}>
                  <td><Link href={`/admin/services/${s.slug}`}>{s.name}</Link></td>
                  <td><code>{s.slug}</code></td>
                  <td>{CATEGORY_LABELS[s.category]}</td>
                  <td>{s.dependsOn.join(", ") || "—"}</td>
                  <td>{s.source === "operator" ? "edited here" : "seed"}</td>
                  <td>{s.hidden ? "hidden" : "yes"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card stack" aria-labelledby="catalog-h">
        <h2 id="catalog-h">Export and import the catalog</h2>
        <p className="small">
          <a href="/admin/catalog.json" download>Download the catalog (JSON)</a>: every service, hidden ones too, with aliases,
          markets and dependencies. Importing adds and updates services from such a file (nothing is deleted); a file with any
          error changes nothing.
        </p>
        <form action="/admin/catalog.json" method="post" encType="multipart/form-data" className="inline-form">
          <label htmlFor="file">Catalog file</label>
          <input id="file" name="file" type="file" accept="application/json,.json" required />
          <button className="button small-button" type="submit">Import</button>
        </form>
      </section>
    </div>
  );
}
