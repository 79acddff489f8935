import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import type { Locale } from "./config";
import { MESSAGES, type Messages } from "./messages";

/** A namespace of the catalogs, nested ones too ("client.outcome"). */
export type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

const translators = new Map<string, unknown>();

/**
 * A translator for one namespace, for code outside React (sentences in lib/, feeds, badges, share images). Kept per
 * locale and namespace so each message is parsed once. Sentences are functions of their data: new wording is a new
 * key in every catalog, and the catalog test fails until each has it.
 */
export function getTranslator<N extends Namespace>(locale: Locale, namespace: N) {
  const key = `${locale}:${namespace}`;
  let t = translators.get(key);
  if (!t) {
    t = createTranslator({ locale, messages: MESSAGES[locale], namespace });
    translators.set(key, t);
  }
  return t as ReturnType<typeof createTranslator<Messages, N>>;
}
