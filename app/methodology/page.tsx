import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DETECTOR_CONFIG as C, LIVE_BUCKET_MS } from "@/lib/detection/config";
import { readModelThreshold } from "@/lib/detection/threshold";
import * as G from "@/lib/correlation/config";
import { localeAlternates } from "@/lib/i18n/alternates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("methodology");
  return { title: t("title"), alternates: localeAlternates(await getLocale(), "/methodology") };
}

const min = (ms: number) => ms / 60_000;
const hours = (ms: number) => ms / 3_600_000;
const outageThreshold = readModelThreshold(LIVE_BUCKET_MS, C.FALSE_OUTAGE_WEEKS);
const possibleThreshold = readModelThreshold(LIVE_BUCKET_MS, C.FALSE_POSSIBLE_WEEKS);
/** "One in N": the chance thresholds as whole odds. */
const odds = (threshold: number) => Math.round(10 ** threshold);

/** The method in plain words for readers ("methodology" messages); every number comes from the detector's and correlation's config. */
export default async function MethodologyPage() {
  const t = await getTranslations("methodology");
  const tags = {
    em: (c: React.ReactNode) => <em>{c}</em>,
    strong: (c: React.ReactNode) => <strong>{c}</strong>,
    code: (c: React.ReactNode) => <code>{c}</code>,
  };
  return (
    <article className="card stack" style={{ maxWidth: 760 }}>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <h2>{t("notPeopleHeading")}</h2>
      <p>{t.rich("notPeople", tags)}</p>
      <h2>{t("usualHeading")}</h2>
      <p>{t("usual", { weeks: C.WEEK_MEMORY, levelHours: hours(C.LEVEL_MEMORY_MS) })}</p>
      <p>{t("noLearning", { clip: C.CLIP_SD, longOutage: hours(C.LONG_OUTAGE_MS), delay: min(C.LEARN_DELAY_MS) })}</p>
      <p>{t("band")}</p>
      <h2>{t("unusualHeading")}</h2>
      <p>
        {t("unusual", {
          burst: min(C.BURST_WINDOW_MS),
          window: min(C.WINDOW_MS),
          long: min(C.LONG_WINDOW_MS),
          odds: odds(outageThreshold),
          weeks: C.FALSE_OUTAGE_WEEKS,
          rate: (1 / C.FALSE_OUTAGE_WEEKS).toFixed(2),
        })}
      </p>
      <p>{t("surge", { factor: C.CALIBRATION_FACTOR, days: C.CALIBRATION_DAYS })}</p>
      <h2>{t("levelsHeading")}</h2>
      <ul>
        <li>{t.rich("levelOk", tags)}</li>
        <li>{t.rich("levelPossible", { ...tags, ratio: C.RATIO_POSSIBLE, reports: C.MIN_REPORTS_POSSIBLE, odds: odds(possibleThreshold), weeks: C.FALSE_POSSIBLE_WEEKS })}</li>
        <li>
          {t.rich("levelOutage", {
            ...tags,
            odds: odds(outageThreshold),
            ratio: C.RATIO_OUTAGE,
            window: min(C.WINDOW_MS),
            burstRatio: C.RATIO_OUTAGE * C.BURST_RATIO_FACTOR,
            burstWindow: min(C.BURST_WINDOW_MS),
            reports: C.MIN_REPORTS_OUTAGE,
            persist: C.PERSIST_BUCKETS,
            floodOdds: odds(C.OVERWHELMING * outageThreshold),
          })}
        </li>
      </ul>
      <h2>{t("priorHeading")}</h2>
      <p>{t.rich("prior", { ...tags, priorHours: hours(C.PRIOR_WEIGHT_MS), reports: C.MIN_REPORTS_OUTAGE, window: min(C.WINDOW_MS), longPrior: hours(C.LONG_OUTAGE_PRIOR_MS) })}</p>
      <h2>{t("incidentsHeading")}</h2>
      <p>{t("incidents", { cooldown: hours(C.COOLDOWN_MS) })}</p>
      <p>{t("echo", { echo: hours(C.ECHO_MS), factor: C.ECHO_FACTOR })}</p>
      <h2>{t("checkHeading")}</h2>
      <p>{t.rich("check", { ...tags, factor: C.CALIBRATION_FACTOR })}</p>
      <h2 id="together">{t("togetherHeading")}</h2>
      <p>{t("together", { window: min(G.JOIN_WINDOW_MS) })}</p>
      <p>{t.rich("grouping", { ...tags, chance: G.COINCIDENCE_P * 100, lateJoin: hours(G.LATE_JOIN_MS) })}</p>
      <h3>{t("upstreamHeading")}</h3>
      <p>
        {t("upstream", {
          usualDays: G.USUAL_DAYS,
          elevated: G.UPSTREAM_ELEVATED_RATIO,
          mostShare: G.MOST_DEPENDENTS_SHARE * 100,
          minConfidence: G.MIN_CONFIDENCE,
          minEvidence: G.UPSTREAM_MIN_EVIDENCE,
          maxEvidence: G.UPSTREAM_MAX_EVIDENCE,
          strong: G.UPSTREAM_STRONG_RATIO,
        })}
      </p>
      <p>{t("upstreamExample")}</p>
      <h3>{t("localHeading")}</h3>
      <p>
        {t("local", {
          window: min(G.LOCALITY_WINDOW_MS),
          mixDays: G.USUAL_MIX_DAYS,
          minShare: G.LOCAL_MIN_SHARE * 100,
          maxUsual: G.LOCAL_MAX_USUAL_SHARE * 100,
          minExtra: G.LOCAL_MIN_EXTRA_REPORTS,
        })}
      </p>
      <p className="muted small">{t.rich("inference", tags)}</p>
      <h2 id="countries">{t("countriesHeading")}</h2>
      <p>{t("countries")}</p>
      <h2 id="languages">{t("languagesHeading")}</h2>
      <p>{t("languages")}</p>
      <h2>{t("limitsHeading")}</h2>
      <ul>
        <li>{t("limitCause")}</li>
        <li>{t("limitPeople")}</li>
        <li>{t("limitSmall")}</li>
      </ul>
      <p className="muted small">{t.rich("sameDetector", tags)}</p>
    </article>
  );
}
