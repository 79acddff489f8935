import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildPushRequest, generateVapidKeys, type PushMessage } from "@/lib/alerts/push-request";
import { createBrowserKeys, decryptWebPush } from "@/tests/helpers/web-push-receiver";

const message: PushMessage = { title: "Outlook is down", body: "User reports indicate problems at Outlook since 08:22 UTC.", url: "https://downwire.example/status/outlook", tag: "service-outlook", timestamp: 1 };

describe("web push request (RFC 8291 / RFC 8292)", () => {
  const vapid = { ...generateVapidKeys(), subject: "mailto:ops@downwire.example" };

  it("encrypts a message that the browser's keys decrypt, and only those", () => {
    const browser = createBrowserKeys();
    const req = buildPushRequest({ subscription: { endpoint: "https://push.example/send/abc", p256dh: browser.p256dh, auth: browser.auth }, message, keys: vapid, urgent: true, now: Date.now() });
    expect(req.headers["Content-Encoding"]).toBe("aes128gcm");
    expect(req.headers.Urgency).toBe("high");
    expect(Number(req.headers.TTL)).toBeGreaterThan(0);
    expect(JSON.parse(decryptWebPush(req.body, browser).toString("utf8"))).toEqual(message);
    // Another browser's keys (or a tampered body) do not authenticate.
    expect(() => decryptWebPush(req.body, createBrowserKeys())).toThrow();
    const tampered = Buffer.from(req.body);
    tampered[tampered.length - 20] ^= 1;
    expect(() => decryptWebPush(tampered, browser)).toThrow();
  });

  it("signs a VAPID token for the push service's origin with our key (ES256, verifiable with the public key)", () => {
    const browser = createBrowserKeys();
    const now = Date.now();
    const req = buildPushRequest({ subscription: { endpoint: "https://push2.example:8443/x/y", p256dh: browser.p256dh, auth: browser.auth }, message, keys: vapid, urgent: false, now });
    const m = /^vapid t=([^,]+), k=(.+)$/.exec(req.headers.Authorization);
    expect(m).not.toBeNull();
    expect(m![2]).toBe(vapid.publicKey);
    const [h, p, s] = m![1].split(".");
    const claims = JSON.parse(Buffer.from(p, "base64url").toString());
    expect(claims.aud).toBe("https://push2.example:8443");
    expect(claims.sub).toBe(vapid.subject);
    expect(claims.exp * 1000).toBeGreaterThan(now);
    expect(claims.exp * 1000).toBeLessThanOrEqual(now + 24 * 3600_000);
    const pub = Buffer.from(vapid.publicKey, "base64url");
    const key = crypto.createPublicKey({ key: { kty: "EC", crv: "P-256", x: pub.subarray(1, 33).toString("base64url"), y: pub.subarray(33).toString("base64url") }, format: "jwk" });
    expect(crypto.verify("sha256", Buffer.from(`${h}.${p}`), { key, dsaEncoding: "ieee-p1363" }, Buffer.from(s, "base64url"))).toBe(true);
    expect(req.headers.Urgency).toBe("normal");
  });
});
