import { z } from "zod";
import { LOCALES, parseLocale, type Locale } from "./config";

/**
 * The API's `lang` option: sentences (summary, headline, sentence, reason) in that language; field values stay
 * English. Loose spellings are accepted ("zh", "zh-cn", "zh-Hans"); anything else is a 400 naming the choices.
 */
export const LangParamSchema = z
  .string()
  .max(20)
  .transform((v, ctx) => {
    const locale = parseLocale(v);
    if (!locale) ctx.addIssue({ code: "custom", message: `one of ${LOCALES.join(", ")}` });
    return locale as Locale;
  })
  .optional();
