import type { CategoryId, ServiceSeed } from "../types";

/**
 * A service people in China use, with its Chinese name (what /zh-CN pages show; search also finds its pinyin, with or
 * without tones and spaces, and its initials, all derived from the name by lib/catalog/search-services.ts). Markets
 * default to mainland China; dependsOn lists only publicly known links (what it runs on or pays through).
 */
function cn(slug: string, name: string, zh: string | null, category: CategoryId, url: string, popularity: number, aliases: string[] = [], dependsOn: string[] = [], markets = ["CN"]): ServiceSeed {
  return { slug, name, ...(zh ? { names: { "zh-CN": zh } } : {}), category, url, popularity, markets, aliases, dependsOn };
}

export const CHINA_SERVICES: readonly ServiceSeed[] = [
  // Clouds: what the rest runs on
  cn("tencent-cloud", "Tencent Cloud", "腾讯云", "cloud", "https://cloud.tencent.com", 30, ["qcloud", "tencentcloud"], [], ["CN", "HK", "SG"]),
  cn("alibaba-cloud", "Alibaba Cloud", "阿里云", "cloud", "https://www.aliyun.com", 35, ["aliyun", "alicloud"], [], ["CN", "SG", "HK"]),
  cn("huawei-cloud", "Huawei Cloud", "华为云", "cloud", "https://www.huaweicloud.com", 20, ["huaweicloud"]),
  cn("baidu-ai-cloud", "Baidu AI Cloud", "百度智能云", "cloud", "https://cloud.baidu.com", 12, ["baidu cloud", "bce"]),
  cn("volcengine", "Volcano Engine", "火山引擎", "cloud", "https://www.volcengine.com", 12, ["bytedance cloud"]),
  // Tencent
  cn("wechat", "WeChat", "微信", "messaging", "https://weixin.qq.com", 90, ["weixin", "wechat app"], ["tencent-cloud"], ["CN", "HK", "MY", "SG"]),
  cn("wechat-pay", "WeChat Pay", "微信支付", "finance", "https://pay.weixin.qq.com", 50, ["weixin pay", "tenpay", "财付通"], ["wechat"], ["CN", "HK"]),
  cn("qq", "QQ", null, "messaging", "https://im.qq.com", 55, ["tencent qq", "qq messenger"], ["tencent-cloud"]),
  cn("wecom", "WeCom", "企业微信", "productivity", "https://work.weixin.qq.com", 35, ["wechat work", "weixin work"], ["tencent-cloud"]),
  cn("tencent-meeting", "Tencent Meeting", "腾讯会议", "productivity", "https://meeting.tencent.com", 35, ["voov meeting"], ["tencent-cloud"]),
  cn("tencent-video", "Tencent Video", "腾讯视频", "video", "https://v.qq.com", 45, ["wetv"], ["tencent-cloud"]),
  cn("qq-music", "QQ Music", "QQ音乐", "music", "https://y.qq.com", 40, [], ["tencent-cloud"]),
  cn("honor-of-kings", "Honor of Kings", "王者荣耀", "gaming", "https://pvp.qq.com", 55, ["kings", "arena of valor china"], ["tencent-cloud"]),
  cn("game-for-peace", "Game for Peace", "和平精英", "gaming", "https://gp.qq.com", 40, ["pubg mobile china"], ["tencent-cloud"]),
  // Alibaba and Ant
  cn("alipay", "Alipay", "支付宝", "finance", "https://www.alipay.com", 75, ["ant group"], ["alibaba-cloud"], ["CN", "HK", "SG"]),
  cn("taobao", "Taobao", "淘宝", "shopping", "https://www.taobao.com", 70, ["tmall", "天猫"], ["alibaba-cloud", "alipay"]),
  cn("xianyu", "Xianyu (Idle Fish)", "闲鱼", "shopping", "https://www.goofish.com", 25, ["idle fish", "goofish"], ["alibaba-cloud", "alipay"]),
  cn("eleme", "Ele.me", "饿了么", "shopping", "https://www.ele.me", 35, ["eleme"], ["alibaba-cloud", "alipay"]),
  cn("dingtalk", "DingTalk", "钉钉", "productivity", "https://www.dingtalk.com", 45, [], ["alibaba-cloud"]),
  cn("amap", "Amap", "高德地图", "productivity", "https://www.amap.com", 35, ["autonavi", "gaode maps"], ["alibaba-cloud"]),
  cn("youku", "Youku", "优酷", "video", "https://www.youku.com", 30, [], ["alibaba-cloud"]),
  cn("tongyi", "Qwen (Tongyi)", "通义", "ai", "https://www.tongyi.com", 25, ["qwen", "tongyi qianwen", "通义千问"], ["alibaba-cloud"]),
  // ByteDance
  cn("douyin", "Douyin", "抖音", "video", "https://www.douyin.com", 70, ["tiktok china"], ["volcengine"]),
  cn("feishu", "Feishu (Lark)", "飞书", "productivity", "https://www.feishu.cn", 35, ["lark"], ["volcengine"], ["CN", "SG", "JP"]),
  cn("doubao", "Doubao", "豆包", "ai", "https://www.doubao.com", 40, [], ["volcengine"]),
  // Baidu
  cn("baidu", "Baidu", "百度", "productivity", "https://www.baidu.com", 65, ["baidu search"], ["baidu-ai-cloud"]),
  cn("baidu-netdisk", "Baidu Netdisk", "百度网盘", "productivity", "https://pan.baidu.com", 40, ["baidu pan", "百度云盘"], ["baidu-ai-cloud"]),
  cn("ernie-bot", "ERNIE Bot", "文心一言", "ai", "https://yiyan.baidu.com", 25, ["ernie", "wenxiaoyan", "文小言"], ["baidu-ai-cloud"]),
  cn("iqiyi", "iQIYI", "爱奇艺", "video", "https://www.iqiyi.com", 40),
  // Social, video, music
  cn("weibo", "Weibo", "微博", "social", "https://weibo.com", 45, ["sina weibo", "新浪微博"]),
  cn("xiaohongshu", "Xiaohongshu (RedNote)", "小红书", "social", "https://www.xiaohongshu.com", 45, ["rednote", "red"]),
  cn("zhihu", "Zhihu", "知乎", "social", "https://www.zhihu.com", 30),
  cn("kuaishou", "Kuaishou", "快手", "video", "https://www.kuaishou.com", 50, ["kwai"]),
  cn("bilibili", "Bilibili", "哔哩哔哩", "video", "https://www.bilibili.com", 45, ["b站", "bili"]),
  cn("netease-cloud-music", "NetEase Cloud Music", "网易云音乐", "music", "https://music.163.com", 40, ["163 music", "netease music"]),
  cn("kugou", "Kugou Music", "酷狗音乐", "music", "https://www.kugou.com", 25),
  // Shopping, food, travel
  cn("jd", "JD.com", "京东", "shopping", "https://www.jd.com", 55, ["jingdong"]),
  cn("pinduoduo", "Pinduoduo", "拼多多", "shopping", "https://www.pinduoduo.com", 55, ["pdd"]),
  cn("meituan", "Meituan", "美团", "shopping", "https://www.meituan.com", 55, ["meituan waimai", "美团外卖"]),
  cn("didi", "DiDi", "滴滴出行", "shopping", "https://www.didiglobal.com", 40, ["didi chuxing", "滴滴"]),
  cn("ctrip", "Trip.com (Ctrip)", "携程", "shopping", "https://www.ctrip.com", 30, ["ctrip", "trip.com"]),
  cn("12306", "China Railway 12306", "铁路12306", "shopping", "https://www.12306.cn", 40, ["china railway", "火车票"]),
  // Banks and payments
  cn("unionpay", "UnionPay", "银联", "finance", "https://www.unionpayintl.com", 30, ["china unionpay", "云闪付"]),
  cn("icbc", "ICBC", "工商银行", "finance", "https://www.icbc.com.cn", 30, ["industrial and commercial bank of china", "中国工商银行", "工行"]),
  cn("cmb", "China Merchants Bank", "招商银行", "finance", "https://www.cmbchina.com", 25, ["招行"]),
  // Games and AI
  cn("genshin-impact", "Genshin Impact", "原神", "gaming", "https://ys.mihoyo.com", 45, ["genshin", "mihoyo", "hoyoverse"], [], ["CN", "US", "JP", "KR"]),
  cn("netease-games", "NetEase Games", "网易游戏", "gaming", "https://game.163.com", 30, ["netease"]),
  cn("deepseek", "DeepSeek", "深度求索", "ai", "https://chat.deepseek.com", 45, ["deepseek chat"], [], ["CN", "US", "IN"]),
  cn("kimi", "Kimi", null, "ai", "https://kimi.moonshot.cn", 25, ["moonshot ai", "月之暗面"]),
  // Telecoms: the internet and mobile providers a regional outage points to
  cn("china-mobile", "China Mobile", "中国移动", "mobile", "https://www.10086.cn", 60, ["cmcc"], [], ["CN", "HK"]),
  cn("china-unicom", "China Unicom", "中国联通", "mobile", "https://www.10010.com", 45, ["cucc"]),
  cn("china-telecom", "China Telecom", "中国电信", "isp", "https://www.189.cn", 50, ["ctcc", "chinanet"]),
];
