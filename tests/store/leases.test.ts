import { describe, expect, it } from "vitest";
import { openPostgres } from "../../db/postgres/client";
import { LeaseLostError } from "../../db/sql-client";
import { Leadership } from "../../lib/cluster/leadership";
import { createPostgresStores } from "../../lib/stores/open-stores";
import { createTestDatabase, onPostgres } from "../helpers/test-database";
import { count } from "../helpers/test-db";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function twoNodes() {
  const database = await createTestDatabase();
  const a = await database.open();
  const b = database.kind === "postgresql" ? await database.open() : a;
  return {
    a,
    b,
    close: async () => {
      await a.close();
      if (b !== a) await b.close();
      await database.drop();
    },
  };
}

describe("leases", () => {
  it("are held by one node at a time, renewed by it, taken over with a new epoch once expired, and handed over at once when released", async () => {
    const { a, b, close } = await twoNodes();
    try {
      const first = await a.leases.acquire("detection", "node-a", 400);
      expect(first).toEqual({ name: "detection", holder: "node-a", epoch: 1 });
      expect(await b.leases.acquire("detection", "node-b", 400)).toBeNull();
      expect(await a.leases.acquire("detection", "node-a", 400)).toEqual(first);
      await sleep(500);
      const taken = await b.leases.acquire("detection", "node-b", 60_000);
      expect(taken).toEqual({ name: "detection", holder: "node-b", epoch: 2 });
      expect(await a.leases.acquire("detection", "node-a", 400)).toBeNull();
      await b.leases.release("detection", "node-b");
      expect(await a.leases.acquire("detection", "node-a", 60_000)).toEqual({ name: "detection", holder: "node-a", epoch: 3 });
    } finally {
      await close();
    }
  });

  it("fence a leader's writes: a transaction under a lease another node has taken commits nothing", async () => {
    const { a, b, close } = await twoNodes();
    try {
      const fence = (await a.leases.acquire("detection", "node-a", 300))!;
      await a.sql.transaction((tx) => tx.run("INSERT INTO meta (key, value) VALUES ('fenced', 'a1')"), { fence });
      await sleep(400);
      expect(await b.leases.acquire("detection", "node-b", 60_000)).not.toBeNull();
      await expect(a.sql.transaction((tx) => tx.run("INSERT INTO meta (key, value) VALUES ('stale', 'a2')"), { fence })).rejects.toBeInstanceOf(LeaseLostError);
      expect(await count(a, "SELECT COUNT(*) AS n FROM meta WHERE key IN ('fenced', 'stale')")).toBe(1);
      // A lease that expired but nobody took is still the leader's to write under (and to renew).
      const again = (await b.leases.acquire("detection", "node-b", 200))!;
      await sleep(300);
      await b.sql.transaction((tx) => tx.run("INSERT INTO meta (key, value) VALUES ('late', 'b')"), { fence: again });
      expect(await count(b, "SELECT COUNT(*) AS n FROM meta WHERE key = 'late'")).toBe(1);
    } finally {
      await close();
    }
  });

  it("make exactly one of several nodes the leader, and another take over within the lease's lifetime and a third of it", async () => {
    const { a, b, close } = await twoNodes();
    const changes: string[] = [];
    const ttl = 600;
    // node-1's process will die without a word: from then on it neither renews nor releases anything.
    let dead = false;
    const dying = {
      acquire: (...args: Parameters<typeof a.leases.acquire>) => (dead ? new Promise<never>(() => {}) : a.leases.acquire(...args)),
      release: async () => {},
    };
    const one = new Leadership(dying, "job", "node-1", ttl, (l) => changes.push(`1:${l}`));
    const two = new Leadership(b.leases, "job", "node-2", ttl, (l) => changes.push(`2:${l}`));
    try {
      await one.start();
      await two.start();
      expect([one.isLeader(), two.isLeader()]).toEqual([true, false]);
      await sleep(ttl);
      expect([one.isLeader(), two.isLeader()]).toEqual([true, false]);
      dead = true;
      const diedAt = Date.now();
      while (!two.isLeader()) {
        if (Date.now() - diedAt > 3 * ttl) throw new Error("no takeover");
        await sleep(10);
      }
      // The lease outlives the last renewal by its lifetime; the other node asks every third of it.
      expect(Date.now() - diedAt).toBeLessThanOrEqual(ttl + ttl / 3 + 100);
      expect(changes).toEqual(["1:true", "2:true"]);
      // And the one that stopped renewing no longer thinks it leads.
      expect(one.isLeader()).toBe(false);
    } finally {
      await two.stop();
      await close();
    }
  });

  it.runIf(onPostgres)("are renewed on a connection of their own while every pooled connection is busy (a surge must not unseat the leader)", async () => {
    const database = await createTestDatabase();
    const db = await openPostgres(database.location, { max: 1 });
    const stores = createPostgresStores(db, database.location);
    try {
      const first = await stores.leases.acquire("detection", "node-a", 60_000);
      expect(first).toMatchObject({ name: "detection", holder: "node-a", epoch: expect.any(Number) });
      // The pool's only connection is held by this transaction: through the pool, a renewal would wait for it (and
      // give up after the 5-second connect timeout); on its own connection it answers at once, same epoch.
      const renewed = await db.transaction(() =>
        Promise.race([stores.leases.acquire("detection", "node-a", 60_000), sleep(3_000).then(() => "still waiting after 3 s")]),
      );
      expect(renewed).toEqual(first);
    } finally {
      await stores.close();
      await database.drop();
    }
  });
});
