import type { Locale } from "./config";
import type { Messages } from "./messages";

// Typed keys: a `t("…")` call with a key the English catalog lacks is a type error (npm run typecheck).
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
