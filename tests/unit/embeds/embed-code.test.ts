import { describe, expect, it } from "vitest";
import { buildEmbedUrl, buildIframeCode, buildScriptCode } from "../../../lib/embeds/build-embed-code";
import { buildOembedDiscovery, fitEmbedSize } from "../../../lib/embeds/build-oembed";
import { parseEmbedOptions } from "../../../lib/embeds/embed-params";

const O = "https://downwire.example";

describe("embed codes", () => {
  it.each([
    [{ slug: "outlook" }, {}, `${O}/embed/outlook`],
    [{ slug: "outlook" }, { range: "24h", theme: "light" }, `${O}/embed/outlook`],
    [{ slug: "outlook" }, { range: "7d", theme: "dark" }, `${O}/embed/outlook?range=7d&theme=dark`],
    [{ slug: "outlook", incidentId: 12 }, { range: "7d" }, `${O}/embed/outlook/incidents/12`],
  ] as const)("%o %o -> %s", (target, options, url) => {
    expect(buildEmbedUrl(O, target, options)).toBe(url);
  });

  it("escapes the title and src of the iframe code, and the script snippet's attributes", () => {
    const code = buildIframeCode({ origin: O, target: { slug: "outlook" }, title: `A "quoted" <b>name</b> & co` });
    expect(code).toBe(
      `<iframe src="${O}/embed/outlook" width="100%" height="260" style="border:0;width:100%;max-width:640px;aspect-ratio:20/13;min-height:260px" title="A &quot;quoted&quot; &lt;b&gt;name&lt;/b&gt; &amp; co" loading="lazy"></iframe>`,
    );
    expect(buildIframeCode({ origin: O, target: { slug: "x" }, title: "t", width: 300, height: 200 })).toContain(`width="300" height="200" style="border:0"`);
    expect(buildScriptCode({ origin: O, slug: "outlook", options: { theme: "dark" } })).toBe(`<script src="${O}/embed.js" data-service="outlook" data-theme="dark" async></script>`);
  });

  it("falls back to defaults for options a host page got wrong", () => {
    expect(parseEmbedOptions({ range: "1y", theme: ["dark", "light"] })).toEqual({ range: "24h", theme: "dark" });
    expect(parseEmbedOptions({})).toEqual({ range: "24h", theme: "light" });
  });

  it.each([
    [undefined, undefined, 400, 260],
    [300, undefined, 300, 260],
    [640, undefined, 640, 416],
    [2000, undefined, 800, 520],
    [640, 300, 640, 300],
  ])("oEmbed size for maxwidth %s maxheight %s is %ix%i", (mw, mh, w, h) => {
    expect(fitEmbedSize(mw, mh)).toEqual({ width: w, height: h });
  });

  it("advertises an oEmbed endpoint with the page URL encoded", () => {
    expect(buildOembedDiscovery(O, "/status/outlook")).toBe(`${O}/api/oembed?url=${encodeURIComponent(`${O}/status/outlook`)}&format=json`);
  });
});
