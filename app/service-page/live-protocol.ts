/**
 * What the service page and its script agree on for `?part=live`: parts (each an element with the id of the one it
 * replaces) joined by this comment, which markup never holds, so the script can parse and lay out one part per task.
 */
export const LIVE_PART_SEPARATOR = "<!--part-->";
