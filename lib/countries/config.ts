/** How far back a country page and its feed look for outages. */
export const COUNTRY_LOOKBACK_DAYS = 30;
/** An outage belongs to a country when at least this share of its extra reports (or, before correlation has assessed it, of all its reports) came from there. */
export const COUNTRY_MIN_SHARE = 0.5;
/** Outages a country page lists. */
export const COUNTRY_INCIDENT_LIMIT = 20;
/** Services from elsewhere a country page shows after its own market's. */
export const COUNTRY_OTHER_SERVICES = 12;
