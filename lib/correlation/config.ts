/**
 * Every tunable of outage correlation (lib/correlation), in plain units. Values follow from what a reader should
 * be told, not from one data set; the methodology page and README quote them from here.
 */

/** Incidents whose surges began within this of each other may belong together: detection times differ by service size. */
export const JOIN_WINDOW_MS = 15 * 60_000;
/** A group joined on timing alone spans at most this from its first member's start to its last. */
export const MAX_GROUP_SPAN_MS = 60 * 60_000;
/** While a group's named upstream is still down, a dependent that starts this long after the group began still joins it. */
export const LATE_JOIN_MS = 6 * 60 * 60_000;

/** An open group is explained afresh at least this often, so an operator's edits of what runs on what count. */
export const REEXPLAIN_OPEN_MS = 5 * 60_000;

/** The upstream's own reports are compared with usual over this long from the group's start. */
export const EVIDENCE_WINDOW_MS = 60 * 60_000;
/** "Usual" for a window is the median of the same clock window on this many previous days. */
export const USUAL_DAYS = 7;
/** A usual level below this many reports per window counts as this many (a quiet upstream must not turn 3 reports into 30x). */
export const USUAL_FLOOR_REPORTS = 1;

/** An upstream counts as elevated at this ratio to its usual reports, with at least this many reports. */
export const UPSTREAM_ELEVATED_RATIO = 2;
export const UPSTREAM_MIN_REPORTS = 5;
/** At this ratio the upstream's own rise is as strong as evidence from reports gets. */
export const UPSTREAM_STRONG_RATIO = 10;
/** Evidence from the upstream's reports: this at UPSTREAM_ELEVATED_RATIO, rising to UPSTREAM_MAX_EVIDENCE at UPSTREAM_STRONG_RATIO. */
export const UPSTREAM_MIN_EVIDENCE = 0.3;
export const UPSTREAM_MAX_EVIDENCE = 0.9;
/** Without a rise of its own, an upstream is named only if at least this share of its dependents is affected ("most"). */
export const MOST_DEPENDENTS_SHARE = 0.5;
/** A cause is named only at this confidence or more. */
export const MIN_CONFIDENCE = 0.5;
/** At most this many causes per group (say, Cloudflare and AWS failing in the same hour). */
export const MAX_CAUSES = 3;
/** Candidates (shared upstreams) read per group, most shared first: bounds the tick's work on a big catalog. */
export const MAX_CANDIDATES = 12;

/** Where reports came from is judged over this long from the incident's start (the onset is the telling part). */
export const LOCALITY_WINDOW_MS = 60 * 60_000;
/** The service's usual country mix is read over this many days before the incident. */
export const USUAL_MIX_DAYS = 7;
/** Local: one country sends at least this share of the extra reports … */
export const LOCAL_MIN_SHARE = 0.8;
/** … while it usually sends at most this share (else it is simply where the service's users are) … */
export const LOCAL_MAX_USUAL_SHARE = 0.5;
/** … with at least this many extra reports, and at least this many reports known in the usual mix. */
export const LOCAL_MIN_EXTRA_REPORTS = 20;
export const LOCAL_MIN_USUAL_REPORTS = 30;
/** Countries kept in a stored mix. */
export const MIX_TOP_COUNTRIES = 12;

/** Outages that share nothing known still form a group when this many at once would happen by chance less often than this. */
export const COINCIDENCE_P = 0.01;
/** Chance incidents are counted over this many days … */
export const INCIDENT_RATE_DAYS = 30;
/** … and assumed at least this often per service per day (a young database has seen too few to say). */
export const INCIDENT_RATE_FLOOR_PER_SERVICE_DAY = 1 / 30;
