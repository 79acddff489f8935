import Link from "next/link";
import { describeTarget } from "@/lib/alerts/describe-target";
import { formatDateTime } from "@/lib/i18n/format-time";
import { getStores } from "@/lib/stores/get-stores";
import { requireAdmin } from "../require-admin";

export const dynamic = "force-dynamic";
type Search = Promise<Record<string, string | string[] | undefined>>;

/** Alert subscriptions, paused ones first, with their queues; each links to its delivery history. */
export default async function AdminAlertsPage({ searchParams }: { searchParams: Search }) {
  await requireAdmin();
  const q = await searchParams;
  const stores = await getStores();
  const [subs, counts] = await Promise.all([stores.alerts.listSubscriptions(500), stores.alerts.countDeliveries()]);
  return (
    <div className="stack">
      <p><Link href="/admin">← Operator</Link></p>
      <h1>Alerts</h1>
      {typeof q.done === "string" && <p className="notice ok" role="status">{q.done}</p>}
      {typeof q.error === "string" && <p className="notice warn" role="alert">{q.error}</p>}
      <p className="muted small" data-testid="alert-queue">
        Deliveries: {counts.queued.toLocaleString("en")} queued · {counts.delivered.toLocaleString("en")} delivered · {counts.dead.toLocaleString("en")} dead-lettered · {counts.skipped.toLocaleString("en")} skipped (last 30 days)
      </p>
      <section className="card stack" aria-labelledby="subs-h">
        <h2 id="subs-h">Subscriptions ({subs.length.toLocaleString("en")})</h2>
        <table>
          <thead>
            <tr><th>Subscription</th><th>Receiver</th><th>Status</th><th>Queued / delivered / dead</th><th>Since</th><th></th></tr>
          </thead>
          <tbody>
            {subs.map((s) => (
              <tr key={s.id} data-testid={`subscription-${s.id}`}>
                <td><Link href={`/admin/alerts/${s.id}`}>{s.id}</Link><br /><span className="muted small">{s.kind}{s.format !== "standard" ? ` (${s.format})` : ""} · {s.services} service{s.services === 1 ? "" : "s"}{s.groups ? " + groups" : ""}{s.events ? ` · only ${s.events.join(", ")}` : ""}{s.locale !== "en" ? ` · ${s.locale}` : ""}</span></td>
                <td>{describeTarget(s.kind, s.target)}</td>
                <td>{s.status}{s.pauseReason ? <><br /><span className="muted small">{s.pauseReason}</span></> : null}</td>
                <td>{s.queued} / {s.delivered} / {s.dead}</td>
                <td>{formatDateTime("en", s.createdAt, "UTC")}</td>
                <td>
                  {s.status === "paused" && (
                    <form action="/admin/alerts/resume" method="post" className="inline-form">
                      <input type="hidden" name="id" value={s.id} />
                      <button className="button small-button" type="submit">Resume</button>
                    </form>
                  )}
                  <form action="/admin/alerts/delete" method="post" className="inline-form">
                    <input type="hidden" name="id" value={s.id} />
                    <button className="button secondary small-button" type="submit">Delete</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
