import type { DetectorConfig } from "./config";
import type { Baseline } from "./detector-state";

const HOUR_MS = 3_600_000;
const WEEK_MS = 7 * 24 * HOUR_MS;
// The Unix epoch was a Thursday; shift so slot 0 is Monday 00:00 UTC.
const MONDAY_OFFSET_MS = 3 * 24 * HOUR_MS;

/** Buckets one profile slot sees per week (weekly) or per day (daily). */
function bucketsPerSlot(state: Baseline, slotMs: number): number {
  return Math.max(1, slotMs / state.bucketMs);
}

function weekSlotPosition(t: number, slots: number): number {
  const slotMs = WEEK_MS / slots;
  return (((t + MONDAY_OFFSET_MS) % WEEK_MS) + WEEK_MS) % WEEK_MS / slotMs;
}

/** Linear interpolation between neighbouring slot centres, so the baseline has no hourly steps. */
function interpolate(values: number[], position: number): number {
  const n = values.length;
  const x = position - 0.5;
  const i = Math.floor(x);
  const f = x - i;
  return values[((i % n) + n) % n] * (1 - f) + values[(((i + 1) % n) + n) % n] * f;
}

function weightOf(counts: number[], position: number): number {
  return counts[Math.floor(position) % counts.length];
}

export interface ProfileReading {
  /** Expected count for the bucket from the profiles alone. */
  expected: number;
  /** How many buckets of evidence stand behind it (for the uncertainty of the baseline itself). */
  evidence: number;
}

/** The expected count for the bucket starting at t, before the recent-level correction. */
export function readProfile(state: Baseline, t: number, config: DetectorConfig): ProfileReading {
  const weekPos = weekSlotPosition(t, config.WEEK_SLOTS);
  const dayPos = (((t % (24 * HOUR_MS)) + 24 * HOUR_MS) % (24 * HOUR_MS)) / HOUR_MS;
  const perWeekSlot = bucketsPerSlot(state, WEEK_MS / config.WEEK_SLOTS);
  const perDaySlot = bucketsPerSlot(state, HOUR_MS);
  const wN = weightOf(state.weekN, weekPos);
  const dN = weightOf(state.dayN, dayPos);
  // Shrink each slot toward the coarser estimate by how much it has seen (empirical Bayes): one week of one
  // hour is a single noisy sample, so the weekly slot earns half its weight after a week, more as weeks add up.
  const wWeek = wN / (wN + perWeekSlot);
  const wDay = Math.min(1, dN / perDaySlot);
  const daily = wDay * interpolate(state.day, dayPos) + (1 - wDay) * state.mean;
  const expected = wWeek * interpolate(state.week, weekPos) + (1 - wWeek) * daily;
  const evidence = wWeek >= 1 ? wN : wDay >= 1 ? Math.max(wN, dN) : Math.max(wN, dN, Math.min(state.meanN, perDaySlot));
  return { expected, evidence };
}

/** Teaches the profiles one (already clipped) bucket count, with memories bounded by the config. */
export function updateProfile(state: Baseline, t: number, count: number, config: DetectorConfig): void {
  const weekSlot = Math.floor(weekSlotPosition(t, config.WEEK_SLOTS));
  const daySlot = Math.floor(((((t % (24 * HOUR_MS)) + 24 * HOUR_MS) % (24 * HOUR_MS)) / HOUR_MS));
  const weekCap = config.WEEK_MEMORY * bucketsPerSlot(state, WEEK_MS / config.WEEK_SLOTS);
  const dayCap = config.DAY_MEMORY * bucketsPerSlot(state, HOUR_MS);
  state.weekN[weekSlot] = Math.min(weekCap, state.weekN[weekSlot] + 1);
  state.week[weekSlot] += (count - state.week[weekSlot]) / state.weekN[weekSlot];
  state.dayN[daySlot] = Math.min(dayCap, state.dayN[daySlot] + 1);
  state.day[daySlot] += (count - state.day[daySlot]) / state.dayN[daySlot];
  state.meanN = Math.min(dayCap * 24, state.meanN + 1);
  state.mean += (count - state.mean) / state.meanN;
}
