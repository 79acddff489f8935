import type { Metadata } from "next";
import { DETECTOR_CONFIG as C, LIVE_BUCKET_MS } from "@/lib/detection/config";
import { readModelThreshold } from "@/lib/detection/threshold";
import * as G from "@/lib/correlation/config";

export const metadata: Metadata = { title: "How Downwire detects outages" };

const min = (ms: number) => `${ms / 60_000} minutes`;
const fmt = (n: number) => Math.round(n).toLocaleString("en");
const outageThreshold = readModelThreshold(LIVE_BUCKET_MS, C.FALSE_OUTAGE_WEEKS);
const possibleThreshold = readModelThreshold(LIVE_BUCKET_MS, C.FALSE_POSSIBLE_WEEKS);
const hours = (ms: number) => `${ms / 3_600_000} hours`;

export default function MethodologyPage() {
  return (
    <article className="card stack" style={{ maxWidth: 760 }}>
      <h1>How Downwire detects outages</h1>
      <p>
        Downwire counts problem reports that people send. It never sees whether a service is really down; it sees
        whether many more people than usual say they have a problem. This page explains, in plain words, how it
        turns those counts into a status.
      </p>
      <h2>A report is not a person affected</h2>
      <p>
        Each count is one report from one device, counted at most once per service every 30 minutes. Most people
        who hit a problem never report it, and how many do depends on the service, the time of day and the news. So
        a chart of reports shows <em>when</em> and <em>how unusually</em> people had problems, not how many.
      </p>
      <h2>What is “usual”</h2>
      <p>
        For every service Downwire learns how many reports to expect at each hour of the week (Monday mornings are
        different from Sunday nights), from its own last {C.WEEK_MEMORY} weeks. Until a week-hour has been seen a
        few times it leans on the service&apos;s daily rhythm, and before that on its overall average. A recent-level
        factor (about the last {hours(C.LEVEL_MEMORY_MS)}) follows a service that grows or quiets down. The usual level
        at 4 a.m. is the 4 a.m. level, however small: an outage at night is judged against the night.
      </p>
      <p>
        The usual level never learns from what the detector flags. While a service is in an outage it learns nothing
        at all; a merely elevated moment (“possible problems”) can only lower it; a calm moment teaches at most{" "}
        {C.CLIP_SD} standard deviations above usual. The same rules apply when a service is first learned from its
        history, so a past outage does not make the next one look normal. Only an outage that has lasted{" "}
        {hours(C.LONG_OUTAGE_MS)} is taken as a new normal.
      </p>
      <p>
        Downwire also learns how much each service&apos;s counts swing when nothing is wrong: a little more than pure
        chance at low counts (reports come in small clumps), and a day-to-day wobble of the level itself that matters
        most at high counts. On a chart the dashed line is the usual level for each time slot, and the shaded band is
        the range ordinary ups and downs stay inside about 95% of the time.
      </p>
      <h2>When is it unusual</h2>
      <p>
        Downwire adds up reports over the last {min(C.BURST_WINDOW_MS)}, {min(C.WINDOW_MS)} and {min(C.LONG_WINDOW_MS)} and
        asks of each: if nothing were wrong, how likely would it be to see at least this many, given the usual level,
        how much this service&apos;s counts normally swing, and how sure the usual level itself is (a new or rarely
        reported service needs stronger evidence)? The answer is a chance; its threshold follows from how often
        Downwire may cry wolf, not from any data set: a chance smaller than one in {fmt(10 ** outageThreshold)} is
        crossed by luck about once in {C.FALSE_OUTAGE_WEEKS} weeks of watching one service minute by minute ({(1 / C.FALSE_OUTAGE_WEEKS).toFixed(2)}{" "}
        false outages per service-week).
      </p>
      <p>
        Chance alone is not enough: on a busy service a 30% rise is certain and still not an outage. So an outage also
        needs a big enough surge. Where a service&apos;s ordinary days already bring bursts far above its average (a
        service in the news every day), the surge must also be {C.CALIBRATION_FACTOR} times as far above its average as
        that service&apos;s typical day&apos;s biggest burst (the median over its last {C.CALIBRATION_DAYS} days, so one
        real outage among them changes nothing). A calm service is never held back this way.
      </p>
      <h2>The three levels</h2>
      <ul>
        <li>
          <strong>No current problems</strong>: reports are within the usual range.
        </li>
        <li>
          <strong>Possible problems</strong>: reports are clearly above usual (at least {C.RATIO_POSSIBLE}× and at
          least {C.MIN_REPORTS_POSSIBLE} reports, a chance below one in {fmt(10 ** possibleThreshold)}, which luck crosses
          about once in {C.FALSE_POSSIBLE_WEEKS === 1 ? "a week" : `${C.FALSE_POSSIBLE_WEEKS} weeks`}) but not yet an outage.
        </li>
        <li>
          <strong>Outage likely</strong>: a chance below one in {fmt(10 ** outageThreshold)}, at least {C.RATIO_OUTAGE}× the
          usual level over {min(C.WINDOW_MS)} (the last hour counts too while the last {min(C.WINDOW_MS)} are as high), or{" "}
          {C.RATIO_OUTAGE * C.BURST_RATIO_FACTOR}× over {min(C.BURST_WINDOW_MS)} beyond its counting noise (fast onsets are
          called within minutes), from at least {C.MIN_REPORTS_OUTAGE} different reporters, held for {C.PERSIST_BUCKETS}{" "}
          minutes in a row. A few friends reporting together, one office (it can send at most 10), or one odd minute is
          not an outage. A flood of reporters within one minute (a chance below one in {fmt(10 ** (C.OVERWHELMING * outageThreshold))}) is
          called at once.
        </li>
      </ul>
      <h2>New services, and a new Downwire</h2>
      <p>
        A service with no history yet starts from an assumption: the site&apos;s own reports a minute over the last week,
        shared out by how popular the service is in the catalog; on a brand-new Downwire with no reports at all, about
        one report an hour. The assumption counts for {hours(C.PRIOR_WEIGHT_MS)} of history, so the service&apos;s own
        reports soon take over, and it is uncertain, so a surge must be large to count. On a service that usually sees
        about none, this amounts to one plain rule: <strong>{C.MIN_REPORTS_OUTAGE} or more different reporters within{" "}
        {min(C.WINDOW_MS)} is an outage</strong> (more than one network can send, so no single office makes one). Until a
        service has a day of its own history its status says so. If a service&apos;s very first hours are busy all
        along, that level becomes its normal after {hours(C.LONG_OUTAGE_PRIOR_MS)}: an assumption yields sooner than
        learned history.
      </p>
      <h2>Incidents</h2>
      <p>
        An incident opens when a service enters “outage likely” and starts when the surge began. It stays open until
        the last hour has been back near the usual level for {hours(C.COOLDOWN_MS)}; aftershocks in that time belong to
        the same incident instead of opening new ones. When it closes, Downwire records its start, peak, end, the
        most reported problems and where reports came from.
      </p>
      <p>
        For {hours(C.ECHO_MS)} after an incident ends, a new one on the same service needs a surge {C.ECHO_FACTOR}× as
        large as usual: news of an outage sends people to check and report for a day, and that echo is not a second
        outage.
      </p>
      <h2>How we check it</h2>
      <p>
        Every setting above is in <code>lib/detection/config.ts</code> with the reason for its value. One was chosen from
        data: how many times a bursty service&apos;s typical burst an outage must be ({C.CALIBRATION_FACTOR}). It is
        checked by cross-validation on labelled real series (the Numenta Anomaly Benchmark&apos;s Twitter volumes): chosen
        on four, scored on the fifth, in turn. Downwire is also run on a simulated crowd of 200 services it was never
        tuned on, with outages of every size and bursts that are not outages. Both results, and how they were measured,
        are in the project&apos;s README.
      </p>
      <h2 id="together">Outages that happen together</h2>
      <p>
        When Cloudflare, a cloud region or a sign-in service fails, dozens of services that run on it fail at once, and
        each gets its own outage. Downwire looks at outages that begin within {min(G.JOIN_WINDOW_MS)} of each other and
        asks what they have in common. It knows, for each service, what it runs on or signs in through (Outlook on
        Microsoft 365, Fortnite on Epic Games, Discord on Cloudflare), directly or through others.
      </p>
      <p>
        Outages that began together are put in one <strong>group</strong> when two of them share something they run on,
        when one runs on the other, or when both are local to the same country (below). Outages with nothing in
        common are grouped only when there are more at once than chance would bring: Downwire counts how often outages
        begin anywhere in its catalog (at least once a month per service), and a group needs fewer than a{" "}
        {G.COINCIDENCE_P * 100}% chance of happening by luck. Two unrelated services failing in the same quarter of an
        hour is not news; twenty is. A group keeps growing while it lasts: a service that begins failing later joins it
        if it runs on the group&apos;s named cause, for up to {hours(G.LATE_JOIN_MS)}. It ends when all its members
        have ended.
      </p>
      <h3>Naming the likely upstream</h3>
      <p>
        For each service the group&apos;s members run on, Downwire weighs two kinds of evidence. First, the
        upstream&apos;s own reports: does it have an outage of its own, or how far above its usual level are its
        reports in the first hour (usual = the median of the same hour on the {G.USUAL_DAYS} days before)? Second, how
        much of what runs on it is affected: 23 of its 31 dependents at once is not a coincidence, 2 of 31 could be. It
        names the upstream only if its own reports are at least {G.UPSTREAM_ELEVATED_RATIO}× usual, or it has its own
        outage, or at least {G.MOST_DEPENDENTS_SHARE * 100}% of its dependents are affected, and only at a confidence of{" "}
        {G.MIN_CONFIDENCE} or more. The confidence combines the two: 1 − (1 − own evidence) × (1 − share affected), where
        own evidence runs from {G.UPSTREAM_MIN_EVIDENCE} at {G.UPSTREAM_ELEVATED_RATIO}× usual to {G.UPSTREAM_MAX_EVIDENCE} at{" "}
        {G.UPSTREAM_STRONG_RATIO}× or an outage of its own, and the share affected is discounted when only a few are.
        If the same services also share another upstream, it is shown, and confidence goes down in proportion.
      </p>
      <p>
        So a reader sees: “likely upstream: Cloudflare (confidence 0.97): 9 of its 11 dependents spiking since 11:15
        UTC, Cloudflare itself at 55× its usual reports”. Services in the group that do not run on it are listed as
        “at the same time, no known link”, not blamed on it. When nothing qualifies, the group says so: “happening at
        the same time, no shared dependency known”, and, if they share an upstream that was not named, why not.
      </p>
      <h3>Local, not global</h3>
      <p>
        A spike concentrated in one country reads as “likely local (one ISP or region)” rather than a worldwide outage of
        the service. Downwire compares where an outage&apos;s extra reports come from (over its first{" "}
        {min(G.LOCALITY_WINDOW_MS)}) with where the service&apos;s reports usually come from (the {G.USUAL_MIX_DAYS} days
        before). It is local when at least {G.LOCAL_MIN_SHARE * 100}% of the extra reports come from one country that
        usually sends at most {G.LOCAL_MAX_USUAL_SHARE * 100}% of them, with at least {G.LOCAL_MIN_EXTRA_REPORTS} extra
        reports. An outage of a bank that only operates in one country is not “local”: that is where its users are.
        Several services local to the same country at once (and an internet provider there, if it is down too) point to
        a regional network or ISP problem, and are grouped under it.
      </p>
      <p className="muted small">
        All of this is inference from report timing and the dependencies Downwire knows of (the operator can edit
        them); no service has confirmed it. Its settings live in <code>lib/correlation/config.ts</code>.
      </p>
      <h2>What it cannot tell you</h2>
      <ul>
        <li>Whether the cause is the service itself, your network, or something in between, beyond the inference above.</li>
        <li>How many people are affected (see above).</li>
        <li>About services few people report on: small counts need more time before they mean anything.</li>
      </ul>
      <p className="muted small">
        The same detector runs live, in the backtest command (<code>npm run detect</code>) and on the demo data. Its
        settings live in one file, <code>lib/detection/config.ts</code>.
      </p>
    </article>
  );
}
