import { DETECTOR_CONFIG, LIVE_BUCKET_MS } from "@/lib/detection/config";
import { readShortSize } from "@/lib/detection/step-detector";

/** Peak counts are reports in the detector's short window, live: 15 minutes. */
export const PEAK_WINDOW_MINUTES = (readShortSize(LIVE_BUCKET_MS, DETECTOR_CONFIG) * LIVE_BUCKET_MS) / 60_000;

/** Incidents per page on a service's list of past outages. */
export const INCIDENTS_PAGE_SIZE = 50;
