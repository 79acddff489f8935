/**
 * A fast keyed hash for keys that live only in memory (rate-limit counters), so they never hold an address as
 * text. Not for anything stored: reporter keys on disk are HMAC-SHA256 (hash-reporter.ts). cyrb53 (public
 * domain, by bryc): 53 bits, seeded here with a secret derived from the day's salt, so keys change daily too.
 */
export function hashForMemory(seed: number, text: string): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The seed for today's in-memory keys: part of the day's salt, which only this server knows. */
export function readMemorySeed(salt: Buffer): number {
  return salt.readInt32BE(salt.length - 4);
}
