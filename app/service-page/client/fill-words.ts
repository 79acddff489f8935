/**
 * A message the server sent with its placeholders left in ("Could not turn on notifications: {reason}"), filled.
 * Only plain `{name}` placeholders: the server fills anything with plurals before it sends the words.
 */
export const fillWords = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (all, k: string) => (k in values ? String(values[k]) : all));
