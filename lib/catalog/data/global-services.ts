import { named, s } from "./define";
import type { ServiceSeed } from "../types";

const GLOBAL = ["US", "GB", "IN", "BR", "DE", "FR"];
const EUROPE_US = ["US", "GB", "DE", "FR", "ES", "IT"];

/** Services used worldwide and in Europe, the Americas and the rest of Asia (names in other languages where people use them). */
export const GLOBAL_SERVICES: readonly ServiceSeed[] = [
  // Microsoft
  named({ "zh-CN": "微软 365" }, s("microsoft-365", "Microsoft 365", "productivity", "https://www.microsoft365.com", 85, EUROPE_US, ["office 365", "o365", "m365", "office"], ["azure"])),
  s("outlook", "Outlook", "email", "https://outlook.live.com", 95, EUROPE_US, ["hotmail", "outlook.com", "live mail", "msn mail"], ["microsoft-365"]),
  named({ "zh-CN": "微软 Teams" }, s("teams", "Microsoft Teams", "productivity", "https://www.microsoft.com/microsoft-teams", 80, EUROPE_US, ["ms teams"], ["microsoft-365"])),
  s("onedrive", "OneDrive", "productivity", "https://onedrive.live.com", 55, EUROPE_US, ["skydrive"], ["microsoft-365"]),
  s("microsoft-365-admin", "Microsoft 365 admin center", "productivity", "https://admin.microsoft.com", 30, EUROPE_US, ["m365 admin", "office 365 admin"], ["microsoft-365"]),
  named({ "zh-CN": "微软 Azure" }, s("azure", "Microsoft Azure", "cloud", "https://azure.microsoft.com", 45, GLOBAL, ["azure portal", "entra id", "azure ad"])),
  s("xbox", "Xbox Live", "gaming", "https://www.xbox.com", 60, ["US", "GB", "DE", "FR", "CA"], ["xbox network", "game pass"], ["azure"]),
  s("minecraft", "Minecraft", "gaming", "https://www.minecraft.net", 45, ["US", "GB", "DE", "BR"], ["mojang"], ["azure"]),
  s("linkedin", "LinkedIn", "social", "https://www.linkedin.com", 40, GLOBAL, [], ["azure"]),
  // Cloud and infrastructure
  named({ "zh-CN": "亚马逊云科技" }, s("aws", "Amazon Web Services", "cloud", "https://aws.amazon.com", 55, GLOBAL, ["amazon web services", "ec2", "s3", "us-east-1"])),
  named({ "zh-CN": "谷歌云" }, s("google-cloud", "Google Cloud", "cloud", "https://cloud.google.com", 40, GLOBAL, ["gcp", "google cloud platform"])),
  s("cloudflare", "Cloudflare", "cloud", "https://www.cloudflare.com", 50, GLOBAL, ["cf", "1.1.1.1"]),
  s("fastly", "Fastly", "cloud", "https://www.fastly.com", 15, GLOBAL),
  s("akamai", "Akamai", "cloud", "https://www.akamai.com", 15, GLOBAL),
  s("digitalocean", "DigitalOcean", "cloud", "https://www.digitalocean.com", 15, GLOBAL, ["do droplets"]),
  s("vercel", "Vercel", "developer", "https://vercel.com", 18, GLOBAL, [], ["aws"]),
  s("okta", "Okta", "cloud", "https://www.okta.com", 20, ["US", "GB", "DE"], [], ["aws"]),
  // Google
  named({ "zh-CN": "谷歌" }, s("google", "Google", "productivity", "https://www.google.com", 70, GLOBAL, ["google search", "google account"], ["google-cloud"])),
  s("gmail", "Gmail", "email", "https://mail.google.com", 90, GLOBAL, ["google mail", "googlemail"], ["google"]),
  s("youtube", "YouTube", "video", "https://www.youtube.com", 100, ["US", "IN", "BR", "GB", "DE", "JP"], ["yt", "youtube tv", "youtube music"], ["google"]),
  s("google-drive", "Google Drive", "productivity", "https://drive.google.com", 45, GLOBAL, ["google docs", "google sheets"], ["google"]),
  s("google-meet", "Google Meet", "productivity", "https://meet.google.com", 30, GLOBAL, ["hangouts meet"], ["google"]),
  // Meta and social
  named({ "zh-CN": "脸书" }, s("facebook", "Facebook", "social", "https://www.facebook.com", 90, ["US", "IN", "BR", "GB", "MX", "PH"], ["fb", "meta"])),
  s("instagram", "Instagram", "social", "https://www.instagram.com", 90, ["US", "IN", "BR", "GB", "TR", "ID"], ["insta", "ig"], ["facebook"]),
  s("whatsapp", "WhatsApp", "messaging", "https://www.whatsapp.com", 95, ["IN", "BR", "GB", "DE", "ES", "MX"], ["whats app", "wa"], ["facebook"]),
  s("messenger", "Messenger", "messaging", "https://www.messenger.com", 45, ["US", "PH", "GB", "MX"], ["facebook messenger", "fb messenger"], ["facebook"]),
  s("threads", "Threads", "social", "https://www.threads.net", 25, ["US", "GB", "BR", "IN"], [], ["facebook"]),
  s("x", "X", "social", "https://x.com", 85, ["US", "JP", "GB", "IN", "BR"], ["twitter", "tweetdeck"]),
  s("reddit", "Reddit", "social", "https://www.reddit.com", 65, ["US", "GB", "CA", "AU", "DE"], [], ["aws", "fastly"]),
  s("tiktok", "TikTok", "social", "https://www.tiktok.com", 70, ["US", "GB", "ID", "BR", "MX"], ["tik tok"]),
  s("snapchat", "Snapchat", "social", "https://www.snapchat.com", 55, ["US", "GB", "FR", "IN"], ["snap"], ["google-cloud"]),
  s("pinterest", "Pinterest", "social", "https://www.pinterest.com", 30, ["US", "BR", "GB", "DE"], [], ["aws"]),
  s("bluesky", "Bluesky", "social", "https://bsky.app", 20, ["US", "BR", "JP", "GB"], ["bsky"]),
  // Messaging and calls
  s("discord", "Discord", "messaging", "https://discord.com", 75, ["US", "GB", "DE", "BR", "FR"], ["discord app"], ["cloudflare", "google-cloud"]),
  s("slack", "Slack", "productivity", "https://slack.com", 55, ["US", "GB", "JP", "DE"], [], ["aws"]),
  s("zoom", "Zoom", "productivity", "https://zoom.us", 55, ["US", "GB", "IN", "CA", "AU"], ["zoom meetings"], ["aws"]),
  s("telegram", "Telegram", "messaging", "https://telegram.org", 55, ["RU", "IN", "ID", "BR", "DE"]),
  s("signal", "Signal", "messaging", "https://signal.org", 25, ["US", "DE", "GB", "FR"], ["signal messenger"], ["aws"]),
  s("line", "LINE", "messaging", "https://line.me", 35, ["JP", "TH", "TW", "ID"], ["line messenger"]),
  // Video and music
  named({ "zh-CN": "网飞" }, s("netflix", "Netflix", "video", "https://www.netflix.com", 75, ["US", "GB", "BR", "DE", "FR", "IN"], [], ["aws"])),
  s("disney-plus", "Disney+", "video", "https://www.disneyplus.com", 50, ["US", "GB", "DE", "FR", "IN"], ["disney plus", "hotstar"], ["aws"]),
  s("prime-video", "Prime Video", "video", "https://www.primevideo.com", 50, ["US", "GB", "DE", "IN", "JP"], ["amazon prime video"], ["aws"]),
  s("twitch", "Twitch", "video", "https://www.twitch.tv", 50, ["US", "DE", "FR", "BR", "GB"], [], ["aws"]),
  s("hulu", "Hulu", "video", "https://www.hulu.com", 30, ["US"], [], ["aws"]),
  s("spotify", "Spotify", "music", "https://www.spotify.com", 70, ["US", "GB", "DE", "BR", "MX", "SE"], [], ["google-cloud"]),
  s("apple-music", "Apple Music", "music", "https://music.apple.com", 30, ["US", "GB", "JP", "DE"], ["itunes"], ["icloud"]),
  s("soundcloud", "SoundCloud", "music", "https://soundcloud.com", 15, ["US", "DE", "GB"], [], ["aws"]),
  // Gaming
  s("steam", "Steam", "gaming", "https://store.steampowered.com", 70, ["US", "DE", "BR", "RU", "GB", "CN"], ["valve", "steam store"]),
  s("playstation-network", "PlayStation Network", "gaming", "https://www.playstation.com", 70, ["US", "GB", "JP", "FR", "DE"], ["psn", "ps5", "ps4"], ["aws"]),
  named({ "zh-CN": "任天堂 Switch Online" }, s("nintendo-switch-online", "Nintendo Switch Online", "gaming", "https://www.nintendo.com/switch/online", 40, ["JP", "US", "GB", "FR"], ["nintendo", "eshop", "nso"])),
  s("epic-games", "Epic Games Store", "gaming", "https://store.epicgames.com", 45, ["US", "GB", "DE", "BR"], ["epic games", "epic launcher"], ["aws", "cloudflare"]),
  s("fortnite", "Fortnite", "gaming", "https://www.fortnite.com", 60, ["US", "GB", "BR", "DE", "FR"], [], ["epic-games"]),
  s("roblox", "Roblox", "gaming", "https://www.roblox.com", 65, ["US", "GB", "BR", "PH", "MX"], [], ["cloudflare"]),
  s("league-of-legends", "League of Legends", "gaming", "https://www.leagueoflegends.com", 45, ["US", "KR", "DE", "FR", "BR"], ["lol", "riot games"], ["aws"]),
  s("ea", "EA app", "gaming", "https://www.ea.com", 35, ["US", "GB", "DE", "FR"], ["origin", "ea servers", "ea fc"], ["aws"]),
  // AI
  s("chatgpt", "ChatGPT", "ai", "https://chatgpt.com", 75, GLOBAL, ["openai", "gpt"], ["cloudflare", "azure"]),
  s("claude", "Claude", "ai", "https://claude.ai", 40, GLOBAL, ["anthropic"], ["cloudflare", "google-cloud"]),
  named({ "zh-CN": "谷歌 Gemini" }, s("gemini", "Gemini", "ai", "https://gemini.google.com", 35, GLOBAL, ["google bard", "bard"], ["google"])),
  s("perplexity", "Perplexity", "ai", "https://www.perplexity.ai", 20, GLOBAL, [], ["cloudflare", "aws"]),
  // Developer tools
  s("github", "GitHub", "developer", "https://github.com", 50, GLOBAL, ["gh", "github actions"], ["azure"]),
  s("gitlab", "GitLab", "developer", "https://gitlab.com", 25, GLOBAL, [], ["google-cloud", "cloudflare"]),
  s("npm", "npm", "developer", "https://www.npmjs.com", 20, GLOBAL, ["npm registry"], ["cloudflare", "github"]),
  s("atlassian", "Atlassian (Jira, Confluence)", "developer", "https://www.atlassian.com", 35, ["US", "GB", "DE", "AU", "IN"], ["jira", "confluence", "trello", "bitbucket"], ["aws"]),
  s("salesforce", "Salesforce", "productivity", "https://www.salesforce.com", 30, ["US", "GB", "DE", "JP"], ["sfdc", "tableau"], ["aws"]),
  s("notion", "Notion", "productivity", "https://www.notion.so", 30, ["US", "GB", "JP", "KR"], [], ["aws", "cloudflare"]),
  s("dropbox", "Dropbox", "productivity", "https://www.dropbox.com", 30, ["US", "GB", "DE", "JP"]),
  // Apple
  s("icloud", "iCloud", "productivity", "https://www.icloud.com", 55, ["US", "GB", "JP", "DE", "FR"], ["icloud mail", "find my"]),
  named({ "zh-CN": "苹果服务（App Store、Apple ID）" }, s("apple-services", "Apple services (App Store, Apple ID)", "productivity", "https://www.apple.com", 50, ["US", "GB", "JP", "DE", "CN"], ["app store", "apple id", "imessage", "facetime"], ["icloud"])),
  // Banking and payments
  named({ "zh-CN": "贝宝" }, s("paypal", "PayPal", "finance", "https://www.paypal.com", 60, ["US", "GB", "DE", "IT", "FR"], ["venmo"])),
  s("stripe", "Stripe", "finance", "https://stripe.com", 25, ["US", "GB", "IE", "DE"], [], ["aws"]),
  s("visa", "Visa", "finance", "https://www.visa.com", 35, ["US", "GB", "DE", "IN", "BR"], ["visa card payments"]),
  s("chase", "Chase", "finance", "https://www.chase.com", 50, ["US"], ["jpmorgan chase", "chase bank"]),
  s("bank-of-america", "Bank of America", "finance", "https://www.bankofamerica.com", 45, ["US"], ["bofa", "boa"]),
  s("wells-fargo", "Wells Fargo", "finance", "https://www.wellsfargo.com", 40, ["US"], []),
  s("revolut", "Revolut", "finance", "https://www.revolut.com", 30, ["GB", "IE", "FR", "ES", "PL"], [], ["aws", "google-cloud"]),
  s("monzo", "Monzo", "finance", "https://monzo.com", 25, ["GB"], [], ["aws"]),
  s("barclays", "Barclays", "finance", "https://www.barclays.co.uk", 30, ["GB"], []),
  // Shopping
  named({ "zh-CN": "亚马逊" }, s("amazon", "Amazon", "shopping", "https://www.amazon.com", 70, ["US", "GB", "DE", "IN", "JP"], ["amazon shopping", "alexa"], ["aws"])),
  s("shopify", "Shopify", "shopping", "https://www.shopify.com", 30, ["US", "GB", "CA", "AU"], [], ["cloudflare", "google-cloud"]),
  s("ebay", "eBay", "shopping", "https://www.ebay.com", 35, ["US", "GB", "DE", "AU"], []),
  // Internet providers
  s("comcast-xfinity", "Comcast Xfinity", "isp", "https://www.xfinity.com", 60, ["US"], ["xfinity", "comcast"]),
  s("spectrum", "Spectrum", "isp", "https://www.spectrum.com", 55, ["US"], ["charter", "charter spectrum"]),
  s("cox", "Cox", "isp", "https://www.cox.com", 30, ["US"], ["cox communications"]),
  s("bt", "BT", "isp", "https://www.bt.com", 40, ["GB"], ["british telecom", "bt broadband"]),
  s("virgin-media", "Virgin Media", "isp", "https://www.virginmedia.com", 45, ["GB"], ["virgin broadband"]),
  s("sky", "Sky", "isp", "https://www.sky.com", 40, ["GB", "IE", "DE", "IT"], ["sky broadband", "sky tv"]),
  s("deutsche-telekom", "Deutsche Telekom", "isp", "https://www.telekom.de", 40, ["DE"], ["telekom", "t-online"]),
  s("orange", "Orange", "isp", "https://www.orange.fr", 35, ["FR", "ES", "PL", "BE"], ["orange france"]),
  // Mobile carriers
  s("att", "AT&T", "mobile", "https://www.att.com", 60, ["US"], ["at&t wireless", "att"]),
  s("verizon", "Verizon", "mobile", "https://www.verizon.com", 60, ["US"], ["verizon wireless", "fios"]),
  s("t-mobile", "T-Mobile", "mobile", "https://www.t-mobile.com", 55, ["US"], ["tmobile", "metro by t-mobile"]),
  s("vodafone", "Vodafone", "mobile", "https://www.vodafone.com", 40, ["GB", "DE", "IT", "ES"], []),
  s("ee", "EE", "mobile", "https://ee.co.uk", 30, ["GB"], ["everything everywhere"]),
  s("o2", "O2", "mobile", "https://www.o2.co.uk", 30, ["GB", "DE"], ["o2 uk", "virgin media o2"]),
  s("jio", "Jio", "mobile", "https://www.jio.com", 35, ["IN"], ["reliance jio"]),
];
