import Link from "next/link";
import { notFound } from "next/navigation";
import { describeTarget } from "@/lib/alerts/describe-target";
import { SubscriptionIdSchema } from "@/lib/alerts/schemas";
import { formatDateTime } from "@/lib/i18n/format-time";
import { getStores } from "@/lib/stores/get-stores";
import { requireAdmin } from "../../require-admin";

export const dynamic = "force-dynamic";

/** One subscription's delivery history: every message, its state, and each attempt's answer. */
export default async function AdminSubscriptionPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const id = SubscriptionIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const { alerts } = await getStores();
  const sub = await alerts.readSubscription(id.data);
  if (!sub) notFound();
  const history = await alerts.readDeliveryHistory(sub.id, 100);
  const attempts = await Promise.all(history.map((h) => alerts.readAttempts(h.id)));
  return (
    <div className="stack">
      <p><Link href="/admin/alerts">← Alerts</Link></p>
      <h1>{sub.id}</h1>
      <p>
        {sub.kind}{sub.format !== "standard" ? ` (${sub.format})` : ""} to {describeTarget(sub.kind, sub.target)} · <strong>{sub.status}</strong>
        {sub.pauseReason ? ` (${sub.pauseReason})` : ""} · created {formatDateTime("en", sub.createdAt, "UTC")}
      </p>
      <section className="card stack" aria-labelledby="history-h">
        <h2 id="history-h">Delivery history</h2>
        <table>
          <thead>
            <tr><th>Message</th><th>State</th><th>Attempts</th><th>Created</th><th>Next / last answer</th></tr>
          </thead>
          <tbody>
            {history.map((h, i) => (
              <tr key={h.id} data-testid={`delivery-${h.id}`}>
                <td>{h.eventType ?? h.purpose}<br /><code className="small">{h.messageId}</code></td>
                <td>{h.state}</td>
                <td>
                  {attempts[i].map((a, j) => (
                    <div key={j} className="small">{formatDateTime("en", a.at, "UTC")}: {a.outcome}{a.detail ? ` (${a.detail})` : ""}, {a.durationMs} ms</div>
                  ))}
                </td>
                <td>{formatDateTime("en", h.createdAt, "UTC")}</td>
                <td>{h.state === "queued" ? `next try ${formatDateTime("en", h.nextAttemptAt, "UTC")}` : ""}{h.lastError ? ` ${h.lastError}` : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
