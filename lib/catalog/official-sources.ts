import type { OfficialStatusSource } from "./official-source";

/*
 * The vendors' own machine-readable status for catalog services that publish one (README "Official status" says
 * how each was checked). Statuspage-hosted pages document their API at <page>/api; incident.io pages (OpenAI)
 * serve the same /api/v2 paths. Services without an entry publish nothing machine-readable that we could verify
 * (Microsoft 365, Google Workspace, Meta, Apple, Steam, PlayStation, banks and carriers, …); an operator can add
 * one in /admin or the catalog file.
 */
export const OFFICIAL_SOURCES: Readonly<Record<string, OfficialStatusSource>> = {
  github: { format: "statuspage", url: "https://www.githubstatus.com/api/v2/summary.json" },
  discord: { format: "statuspage", url: "https://discordstatus.com/api/v2/summary.json" },
  cloudflare: { format: "statuspage", url: "https://www.cloudflarestatus.com/api/v2/summary.json" },
  reddit: { format: "statuspage", url: "https://www.redditstatus.com/api/v2/summary.json" },
  dropbox: { format: "statuspage", url: "https://status.dropbox.com/api/v2/summary.json" },
  zoom: { format: "statuspage", url: "https://status.zoom.us/api/v2/summary.json" },
  chatgpt: { format: "statuspage", url: "https://status.openai.com/api/v2/summary.json" },
  claude: { format: "statuspage", url: "https://status.claude.com/api/v2/summary.json" },
  atlassian: { format: "statuspage", url: "https://jira-software.status.atlassian.com/api/v2/summary.json" },
  vercel: { format: "statuspage", url: "https://www.vercel-status.com/api/v2/summary.json" },
  digitalocean: { format: "statuspage", url: "https://status.digitalocean.com/api/v2/summary.json" },
  npm: { format: "statuspage", url: "https://status.npmjs.org/api/v2/summary.json" },
  "epic-games": { format: "statuspage", url: "https://status.epicgames.com/api/v2/summary.json" },
  twitch: { format: "statuspage", url: "https://status.twitch.com/api/v2/summary.json" },
  shopify: { format: "statuspage", url: "https://www.shopifystatus.com/api/v2/summary.json" },
  gitlab: { format: "statusio", url: "https://api.status.io/1.0/status/5b36dc6502d06804c08349f7" },
  slack: { format: "slack", url: "https://slack-status.com/api/v2.0.0/current" },
  "google-cloud": { format: "gcp", url: "https://status.cloud.google.com/incidents.json" },
  aws: { format: "rss", url: "https://status.aws.amazon.com/rss/all.rss" },
  azure: { format: "rss", url: "https://azure.status.microsoft/en-us/status/feed/" },
};
