/** Bytes of HMAC-SHA256 kept per reporter: 64 bits keep a collision below one in 10,000 even among 30 million reporters in one dedupe window, in an 8-byte integer column. */
export const REPORTER_KEY_BYTES = 8;
/** Bytes of fresh randomness per daily salt. */
export const SALT_BYTES = 32;
/** Salts kept: today's and yesterday's, so no key links a person across more than a day boundary. */
export const SALT_KEEP_DAYS = 2;
export const DAY_MS = 86_400_000;
/** Header the server sets from the client's address (and strips from clients) so pages can pre-fill the country. */
export const COUNTRY_HINT_HEADER = "x-downwire-country";
