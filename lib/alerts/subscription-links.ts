/** The confirmation page an email subscription's first mail links to. */
export const confirmUrl = (sub: { origin: string; token: string }) => `${sub.origin}/alerts/confirm?token=${encodeURIComponent(sub.token)}`;

/** RFC 8058 one-click unsubscribe: a POST here removes the subscription; a GET shows the page with the button. */
export const unsubscribeUrl = (sub: { origin: string; token: string }) => `${sub.origin}/api/v1/subscriptions/unsubscribe?token=${encodeURIComponent(sub.token)}`;
