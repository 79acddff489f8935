import zlib from "node:zlib";

/** A response body as text: decompressed per Content-Encoding, refused beyond `maxBytes` after decompression. */
export function decodeBody(body: Buffer, contentEncoding: string | string[] | undefined, maxBytes: number): { ok: true; text: string } | { ok: false; error: string } {
  const encoding = String(contentEncoding ?? "identity").trim().toLowerCase();
  try {
    let raw: Buffer;
    if (encoding === "gzip" || encoding === "x-gzip") raw = zlib.gunzipSync(body, { maxOutputLength: maxBytes });
    else if (encoding === "deflate") raw = zlib.inflateSync(body, { maxOutputLength: maxBytes });
    else if (encoding === "br") raw = zlib.brotliDecompressSync(body, { maxOutputLength: maxBytes });
    else if (encoding === "identity" || encoding === "") raw = body;
    else return { ok: false, error: `unsupported Content-Encoding ${encoding}` };
    return { ok: true, text: raw.toString("utf8") };
  } catch (error) {
    const tooBig = error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE";
    return { ok: false, error: tooBig ? `larger than ${maxBytes} bytes once decompressed` : `cannot decompress (${encoding})` };
  }
}
