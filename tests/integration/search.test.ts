import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCatalog } from "../../lib/catalog/read-catalog";
import { readPinyin } from "../../lib/catalog/pinyin";
import { CHINA_SERVICES } from "../../lib/catalog/data/china-services";
import { readOverview } from "../../lib/services/read-overview";
import { makeStores, T0, type TestStores } from "../helpers/test-db";

let stores: TestStores;
beforeAll(async () => {
  stores = await makeStores();
});
afterAll(() => stores?.close());
const search = async (q: string) => (await readOverview({ ...stores, now: T0, q })).map((s) => s.slug);

describe("search by Chinese name, pinyin and alias (the API's q and the site's search read the same function)", () => {
  it.each(["微信", "weixin", "wechat", "WeChat", "wēixìn", "wei xin", "Wei1 Xin4", "wei-xin"])("%s finds WeChat first", async (q) => {
    expect((await search(q))[0]).toBe("wechat");
  });

  it("a broader word still finds the services that contain it, after the exact match", async () => {
    expect((await search("wechat"))).toEqual(expect.arrayContaining(["wechat", "wecom", "wechat-pay"]));
    expect((await search("微信")).slice(0, 1)).toEqual(["wechat"]);
    expect((await search("微信"))).toEqual(expect.arrayContaining(["wecom", "wechat-pay"]));
  });

  it.each([
    ["企业微信", "wecom"],
    ["qiyeweixin", "wecom"],
    ["wechat work", "wecom"],
    ["支付宝", "alipay"],
    ["zhifubao", "alipay"],
    ["zfb", "alipay"],
    ["淘宝", "taobao"],
    ["天猫", "taobao"],
    ["京东", "jd"],
    ["拼多多", "pinduoduo"],
    ["pdd", "pinduoduo"],
    ["美团", "meituan"],
    ["抖音", "douyin"],
    ["快手", "kuaishou"],
    ["哔哩哔哩", "bilibili"],
    ["b站", "bilibili"],
    ["bilibili", "bilibili"],
    ["微博", "weibo"],
    ["小红书", "xiaohongshu"],
    ["xhs", "xiaohongshu"],
    ["rednote", "xiaohongshu"],
    ["知乎", "zhihu"],
    ["百度", "baidu"],
    ["爱奇艺", "iqiyi"],
    ["优酷", "youku"],
    ["网易云音乐", "netease-cloud-music"],
    ["wangyiyunyinyue", "netease-cloud-music"],
    ["钉钉", "dingtalk"],
    ["飞书", "feishu"],
    ["lark", "feishu"],
    ["腾讯云", "tencent-cloud"],
    ["阿里云", "alibaba-cloud"],
    ["aliyun", "alibaba-cloud"],
    ["华为云", "huawei-cloud"],
    ["中国移动", "china-mobile"],
    ["中国联通", "china-unicom"],
    ["中国电信", "china-telecom"],
    ["12306", "12306"],
    ["铁路12306", "12306"],
    ["王者荣耀", "honor-of-kings"],
    ["wangzherongyao", "honor-of-kings"],
    ["wzry", "honor-of-kings"],
    ["谷歌", "google"],
  ])("%s finds %s first", async (q, slug) => {
    expect((await search(q))[0]).toBe(slug);
  });

  it("every Chinese-market service is found first by its Chinese name and by that name's pinyin, and resolves by either", async () => {
    for (const s of CHINA_SERVICES) {
      const zh = s.names?.["zh-CN"];
      if (!zh) continue;
      expect((await search(zh))[0], zh).toBe(s.slug);
      const p = readPinyin(zh)!;
      expect((await search(p.full))[0], p.full).toBe(s.slug);
      expect((await readCatalog(stores.catalog)).find(zh)?.slug, zh).toBe(s.slug);
    }
  });

  it("an English query still finds English names as before, and nothing matches nonsense", async () => {
    expect((await search("hotmail"))[0]).toBe("outlook");
    expect((await search("steam"))[0]).toBe("steam");
    expect((await search("zzqqxx"))).toEqual([]);
  });
});
