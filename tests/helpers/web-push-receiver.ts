import crypto from "node:crypto";

/**
 * A browser's side of Web Push encryption, written from RFC 8291 and RFC 8188 with node:crypto alone (independent of
 * the web-push library the server uses): a P-256 key pair and an auth secret like a PushSubscription's, and the
 * decryption of an aes128gcm message sent to them.
 */
export interface BrowserKeys {
  ecdh: crypto.ECDH;
  /** Uncompressed P-256 public key (65 bytes) and 16-byte auth secret, base64url as PushSubscription.toJSON() gives them. */
  p256dh: string;
  auth: string;
}

export function createBrowserKeys(): BrowserKeys {
  const ecdh = crypto.createECDH("prime256v1");
  ecdh.generateKeys();
  return { ecdh, p256dh: ecdh.getPublicKey().toString("base64url"), auth: crypto.randomBytes(16).toString("base64url") };
}

const hkdf = (salt: Buffer, ikm: Buffer, info: Buffer, length: number) => Buffer.from(crypto.hkdfSync("sha256", ikm, salt, info, length));

/** Decrypts an `aes128gcm` body (RFC 8188 records, RFC 8291 keys). Throws if anything does not authenticate. */
export function decryptWebPush(body: Buffer, keys: BrowserKeys): Buffer {
  // Header: salt (16) | record size (4, big-endian) | idlen (1) | keyid (the sender's ephemeral public key, 65).
  const salt = body.subarray(0, 16);
  const rs = body.readUInt32BE(16);
  const idlen = body[20];
  const senderPublic = body.subarray(21, 21 + idlen);
  if (idlen !== 65) throw new Error(`keyid is ${idlen} bytes, not an uncompressed P-256 key`);
  const ciphertext = body.subarray(21 + idlen);

  // RFC 8291 section 3.3/3.4: IKM from the ECDH secret and the auth secret, bound to both public keys.
  const uaPublic = keys.ecdh.getPublicKey();
  const ecdhSecret = keys.ecdh.computeSecret(senderPublic);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), uaPublic, senderPublic]);
  const ikm = hkdf(Buffer.from(keys.auth, "base64url"), ecdhSecret, keyInfo, 32);
  // RFC 8188 section 2.2/2.3: content-encryption key and nonce from the salt.
  const cek = hkdf(salt, ikm, Buffer.from("Content-Encoding: aes128gcm\0"), 16);
  const baseNonce = hkdf(salt, ikm, Buffer.from("Content-Encoding: nonce\0"), 12);

  const plain: Buffer[] = [];
  const records = Math.ceil(ciphertext.length / rs);
  for (let seq = 0; seq < records; seq++) {
    const record = ciphertext.subarray(seq * rs, Math.min(ciphertext.length, (seq + 1) * rs));
    const nonce = Buffer.from(baseNonce);
    // XOR the sequence number into the end of the nonce (the record count is far below 2^32).
    nonce.writeUInt32BE((nonce.readUInt32BE(8) ^ seq) >>> 0, 8);
    const decipher = crypto.createDecipheriv("aes-128-gcm", cek, nonce);
    decipher.setAuthTag(record.subarray(record.length - 16));
    const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
    // Padding: the data, a delimiter (2 on the last record, 1 before), then zeros.
    let end = padded.length - 1;
    while (end >= 0 && padded[end] === 0) end--;
    const delimiter = padded[end];
    if (delimiter !== (seq === records - 1 ? 2 : 1)) throw new Error(`bad padding delimiter ${delimiter} in record ${seq}`);
    plain.push(padded.subarray(0, end));
  }
  return Buffer.concat(plain);
}
