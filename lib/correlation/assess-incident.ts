import type { ReportStore } from "@/lib/reports/store/report-store";
import { assessLocality } from "./assess-locality";
import { LOCALITY_WINDOW_MS } from "./config";
import { readCountryCounts, readRateAgainstUsual, readUsualMix } from "./read-report-evidence";
import type { Locality } from "./types";

export interface UsualMix {
  mix: Record<string, number>;
  sample: number;
}

/** The end of an incident's locality window as of `now` (whole minutes only). */
export function readLocalityEnd(startedAt: number, now: number): number {
  return Math.max(startedAt + 60_000, Math.min(startedAt + LOCALITY_WINDOW_MS, Math.floor(now / 60_000) * 60_000));
}

/** Where an incident's extra reports came from over its first LOCALITY_WINDOW_MS (so far), against the service's usual mix. */
export async function assessIncidentLocality({ reports, serviceId, startedAt, now, usual }: { reports: ReportStore; serviceId: number; startedAt: number; now: number; usual?: UsualMix }): Promise<{ locality: Locality; usual: UsualMix; through: number }> {
  const through = readLocalityEnd(startedAt, now);
  const mix = usual ?? (await readUsualMix({ reports, serviceId, before: startedAt }));
  const rate = await readRateAgainstUsual({ reports, serviceId, from: startedAt, to: through });
  const locality = assessLocality({
    observed: await readCountryCounts({ reports, serviceId, from: startedAt, to: through }),
    usualMix: mix.mix,
    usualTotal: rate.usual,
    usualSample: mix.sample,
    windowMinutes: rate.windowMinutes,
  });
  return { locality, usual: mix, through };
}
