import en from "./messages/en.json";
import zhCN from "./messages/zh-CN.json";
import type { Locale } from "./config";

/** The English catalog is the reference: every other catalog must have exactly its keys (typed here, tested too). */
export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, "zh-CN": zhCN };
