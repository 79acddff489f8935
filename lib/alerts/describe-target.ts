/**
 * A subscription's target as the operator sees it: enough to tell receivers apart and act, no more. An address shows
 * its first letter and domain; a push endpoint its push service (the rest of it is the browser's identity).
 */
export function describeTarget(kind: "webhook" | "email" | "push", target: string): string {
  if (kind === "email") {
    const [local, domain] = target.split("@");
    return `${local.slice(0, 1)}…@${domain}`;
  }
  try {
    const url = new URL(target);
    if (kind === "push") return `${url.host} (push service)`;
    return `${url.origin}${url.pathname.length > 24 ? `${url.pathname.slice(0, 24)}…` : url.pathname}`;
  } catch {
    return "(unreadable)";
  }
}
