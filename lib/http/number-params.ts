import { z } from "zod";

/**
 * Numbers in query strings and paths, with messages a caller can act on: zod's own ("Invalid input: expected number,
 * received NaN") name a type, not what to send.
 */
export function wholeNumberParam(min: number, max: number) {
  const message = `a whole number from ${min} to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
}

const TIME = "a time in milliseconds since 1970";
/** A `before` cursor: only items that began before this time. */
export const BeforeCursorParam = z.coerce.number({ error: TIME }).int(TIME).positive(TIME).max(8.64e15, TIME);

const ID = "a positive whole number";
/** A numeric id in a path. */
export const IdParam = z.coerce.number({ error: ID }).int(ID).positive(ID).max(Number.MAX_SAFE_INTEGER, ID);
