import type { IncomingMessage } from "node:http";

/** A node request's headers behind the `get(name)` that Fetch-style readers (resolvePublicOrigin) ask. */
export const headerSource = (req: IncomingMessage) => ({
  get: (name: string) => {
    const v = req.headers[name.toLowerCase()];
    return Array.isArray(v) ? v[0] : (v ?? null);
  },
});
