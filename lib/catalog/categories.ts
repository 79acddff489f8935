import type { CategoryId } from "./types";

export const CATEGORY_LABELS: Record<CategoryId, string> = {
  email: "Email",
  productivity: "Work & productivity",
  cloud: "Cloud & infrastructure",
  social: "Social media",
  messaging: "Messaging",
  video: "Video & streaming",
  music: "Music & audio",
  gaming: "Gaming",
  ai: "AI assistants",
  developer: "Developer tools",
  finance: "Banking & payments",
  isp: "Internet providers",
  mobile: "Mobile carriers",
  shopping: "Shopping",
};
