/** How long an operator stays signed in. */
export const ADMIN_SESSION_MS = 12 * 60 * 60_000;
/** The session cookie; scoped to /admin, HttpOnly, SameSite=Strict. */
export const ADMIN_COOKIE = "downwire_admin";
/** Largest catalog file the import takes (a 100,000-service catalog is about 25 MB as exported; 20 MB is ~80,000). */
export const MAX_CATALOG_FILE_BYTES = 20 * 1024 * 1024;
/**
 * Largest request body an operator's form may send: the catalog file plus the multipart form around it. The
 * server enforces it before Next reads the body; above it the server answers 413.
 */
export const MAX_ADMIN_BODY_BYTES = MAX_CATALOG_FILE_BYTES + 1024 * 1024;
/** Shortest ADMIN_TOKEN accepted: a guessable token would be worse than no admin area. */
export const MIN_ADMIN_TOKEN_LENGTH = 16;
