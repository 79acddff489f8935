import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderShareCard, type ShareCard } from "../../lib/og/render-share-card";
import { startTestServer, type TestServer } from "../helpers/start-test-server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** The card's title line: below the brand and status chip, above the summary (lib/og/render-share-card.tsx). */
const TITLE = { x0: 48, x1: 1152, y0: 92, y1: 160 };

async function fetchPng(path: string): Promise<PNG> {
  const res = await fetch(server.url + path);
  expect(res.status, path).toBe(200);
  return PNG.sync.read(Buffer.from(await res.arrayBuffer()));
}

/** Dark pixels of the title region, as a bitmap. */
function titleInk(png: PNG): boolean[] {
  const out: boolean[] = [];
  for (let y = TITLE.y0; y < TITLE.y1; y++) {
    for (let x = TITLE.x0; x < TITLE.x1; x++) {
      const i = (y * png.width + x) * 4;
      out.push(png.data[i] + png.data[i + 1] + png.data[i + 2] < 3 * 128);
    }
  }
  return out;
}

const differing = (a: boolean[], b: boolean[]) => a.reduce((n, v, i) => n + Number(v !== b[i]), 0);

describe("Chinese share images draw Chinese glyphs (checked by pixels)", () => {
  it("a Chinese card's title is glyphs, not empty boxes", async () => {
    const wechat = titleInk(await fetchPng("/zh-CN/status/wechat/opengraph-image"));
    const weibo = titleInk(await fetchPng("/zh-CN/status/weibo/opengraph-image"));
    const ink = wechat.filter(Boolean).length;
    // Something is drawn there: the title "微信：实时问题报告".
    expect(ink).toBeGreaterThan(1500);
    // Without a CJK font every Han character is the same empty box, so "微信…" and "微博…" (same length) would draw
    // the same pixels. Real glyphs differ in the second character.
    expect(differing(wechat, weibo)).toBeGreaterThan(300);

    // And it is exactly the title the renderer draws with the npm font: nothing was fetched or substituted. (No
    // render without the font here: next/og would try to fetch a fallback from the internet, which a machine with
    // a connection would get, and the comparison would then depend on the network.)
    const card: ShareCard = { locale: "zh-CN", title: "微信：实时问题报告", chip: { label: "暂无判断", tone: "ok" }, summary: "", buckets: [], caption: "", at: new Date().toISOString(), final: false };
    expect(differing(wechat, titleInk(PNG.sync.read(Buffer.from(await renderShareCard(card)))))).toBe(0);
  });

  it("an English card needs no CJK font and stays as it was", async () => {
    const png = await fetchPng("/status/wechat/opengraph-image");
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(titleInk(png).filter(Boolean).length).toBeGreaterThan(1500);
  });
});
