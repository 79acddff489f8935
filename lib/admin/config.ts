/** How long an operator stays signed in. */
export const ADMIN_SESSION_MS = 12 * 60 * 60_000;
/** The session cookie; scoped to /admin, HttpOnly, SameSite=Strict. */
export const ADMIN_COOKIE = "downwire_admin";
/** Shortest ADMIN_TOKEN accepted: a guessable token would be worse than no admin area. */
export const MIN_ADMIN_TOKEN_LENGTH = 16;
