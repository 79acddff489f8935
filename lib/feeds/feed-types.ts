/** A feed independent of its format: lib/feeds renders it as RSS 2.0 or Atom 1.0. */
export interface Feed {
  /** Its language (BCP 47), as RSS <language> and Atom xml:lang. */
  language: string;
  title: string;
  description: string;
  /** The HTML page the feed is about. */
  siteUrl: string;
  /** The feed's own URL (rel=self; also the Atom feed id). */
  selfUrl: string;
  /** ISO: the latest change of any entry. */
  updated: string;
  entries: FeedEntry[];
}

export interface FeedEntry {
  /** The incident's permanent page: the entry's link, RSS guid and Atom id, stable for ever. */
  url: string;
  title: string;
  summary: string;
  category: string;
  /** ISO: when the incident was detected, and when it last changed (peak or end). */
  published: string;
  updated: string;
}
