import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { buildVerifyPayload, createChallenge, isChallengeAnswered } from "@/lib/alerts/challenge";
import { createWebhookSecret, isWebhookSecret, secretsMatch, signWebhook } from "@/lib/alerts/webhook-signing";

describe("Standard Webhooks signing", () => {
  it("makes whsec_ secrets of 32 random bytes", () => {
    const a = createWebhookSecret();
    const b = createWebhookSecret();
    expect(a).not.toBe(b);
    expect(isWebhookSecret(a)).toBe(true);
    expect(Buffer.from(a.slice("whsec_".length), "base64")).toHaveLength(32);
  });

  it("signs id.timestamp.body with HMAC-SHA256 of the decoded secret (computed here independently)", () => {
    const secret = createWebhookSecret();
    const body = JSON.stringify({ type: "incident.opened", data: { x: "é" } });
    const now = 1_764_000_123_456;
    const h = signWebhook({ secret, id: "evt_abc", body, now });
    expect(h["webhook-id"]).toBe("evt_abc");
    expect(h["webhook-timestamp"]).toBe("1764000123");
    const key = Buffer.from(secret.slice(6), "base64");
    const expected = crypto.createHmac("sha256", key).update(`evt_abc.1764000123.${body}`).digest("base64");
    expect(h["webhook-signature"]).toBe(`v1,${expected}`);
  });

  it("verifies with the reference library at the attempt's time, and fails for another secret or body", () => {
    const secret = createWebhookSecret();
    const body = '{"a":1}';
    const h = signWebhook({ secret, id: "evt_1", body, now: Date.now() });
    expect(new Webhook(secret).verify(body, h)).toEqual({ a: 1 });
    expect(() => new Webhook(createWebhookSecret()).verify(body, h)).toThrow();
    expect(() => new Webhook(secret).verify('{"a":2}', h)).toThrow();
  });

  it("compares bearer secrets without short-circuiting", () => {
    const s = createWebhookSecret();
    expect(secretsMatch(s, s)).toBe(true);
    expect(secretsMatch(`${s}x`, s)).toBe(false);
    expect(secretsMatch("", s)).toBe(false);
  });
});

describe("subscription challenge", () => {
  it("is answered only by a 2xx carrying the challenge, as JSON or plain text", () => {
    const c = createChallenge();
    expect(c.length).toBeGreaterThanOrEqual(32);
    expect(isChallengeAnswered(200, Buffer.from(JSON.stringify({ challenge: c })), c)).toBe(true);
    expect(isChallengeAnswered(204, Buffer.from(` ${c}\n`), c)).toBe(true);
    expect(isChallengeAnswered(500, Buffer.from(JSON.stringify({ challenge: c })), c)).toBe(false);
    expect(isChallengeAnswered(302, Buffer.from(c), c)).toBe(false);
    expect(isChallengeAnswered(200, Buffer.from("ok"), c)).toBe(false);
    expect(isChallengeAnswered(200, Buffer.from(JSON.stringify({ challenge: createChallenge() })), c)).toBe(false);
    expect(isChallengeAnswered(200, Buffer.from(JSON.stringify({ nested: { challenge: c } })), c)).toBe(false);
  });

  it("carries the challenge and what was subscribed", () => {
    const p = buildVerifyPayload({ challenge: "abc", subscriptionId: "sub_1", services: [{ slug: "outlook", name: "Outlook" }], groups: true, events: ["incident.opened", "official.acknowledged"], now: 0 });
    expect(p).toEqual({
      type: "subscription.verify",
      timestamp: "1970-01-01T00:00:00.000Z",
      data: { challenge: "abc", subscription: { id: "sub_1", services: [{ slug: "outlook", name: "Outlook" }], groups: true, events: ["incident.opened", "official.acknowledged"] } },
    });
  });
});
