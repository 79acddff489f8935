import type { Metadata } from "next";

export const metadata: Metadata = { title: "Stop alerts", robots: { index: false } };
export const dynamic = "force-dynamic";

/** The unsubscribe link in every alert mail opens this page; the button removes the subscription and its address. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const q = await searchParams;
  const token = typeof q.token === "string" ? q.token.slice(0, 64) : "";
  return (
    <article className="card stack" style={{ maxWidth: 640 }}>
      <h1>Stop alerts</h1>
      {q.done ? (
        <p role="status">Done: no more alerts will be sent, and the address has been deleted.</p>
      ) : q.unknown ? (
        <p role="status">There is nothing to stop: this subscription no longer exists.</p>
      ) : (
        <form method="post" action={`/api/v1/subscriptions/unsubscribe?token=${encodeURIComponent(token)}`} className="stack">
          <input type="hidden" name="from" value="page" />
          <p>Press the button to stop these alerts and delete your address from Downwire.</p>
          <button type="submit" className="button primary">
            Unsubscribe
          </button>
        </form>
      )}
    </article>
  );
}
