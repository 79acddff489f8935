import type { Metadata } from "next";
import { DETECTOR_CONFIG as C } from "@/lib/detection/config";

export const metadata: Metadata = { title: "How Downwire detects outages" };

const min = (ms: number) => `${ms / 60_000} minutes`;
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
        factor (about the last {hours(C.LEVEL_MEMORY_MS)}) follows a service that grows or quiets down. Quiet night
        hours never count as less than the service&apos;s all-day average, so a handful of reports at 4 a.m. is not
        called a fifty-fold surge.
      </p>
      <p>
        Outages do not teach the baseline: while a service is in an outage, the detector learns nothing that could
        raise its idea of normal, and calm periods teach only up to twice the usual level. A past outage therefore
        does not make the next day&apos;s outage look normal.
      </p>
      <p>
        On a chart the dashed line is this usual level for each time slot, and the shaded band is the range that
        ordinary ups and downs stay inside about 95% of the time.
      </p>
      <h2>When is it unusual</h2>
      <p>
        Report counts are bursty, so Downwire does not compare them with a bell curve. It asks: if nothing were
        wrong, how likely would it be to see at least this many reports in the last {min(C.WINDOW_MS)}, given the
        usual level and how much this service&apos;s counts normally swing (a negative-binomial model)? It also
        adds the uncertainty of the usual level itself, so a new or rarely reported service needs stronger evidence.
      </p>
      <h2>The three levels</h2>
      <ul>
        <li>
          <strong>No current problems</strong>: reports are within the usual range.
        </li>
        <li>
          <strong>Possible problems</strong>: reports are clearly above usual (at least {C.RATIO_POSSIBLE}× and at
          least {C.MIN_REPORTS_POSSIBLE} reports, with a chance below {C.P_POSSIBLE} of happening by luck) but not yet
          enough to call an outage.
        </li>
        <li>
          <strong>Outage likely</strong>: a large surge that would almost never happen by chance (below one in a
          million): at least {C.RATIO_OUTAGE}× the usual level over {min(C.WINDOW_MS)}, or {C.RATIO_OUTAGE_LONG}× over{" "}
          {min(C.LONG_WINDOW_MS)}, or {C.RATIO_OUTAGE_BURST}× over {min(C.BURST_WINDOW_MS)} for {C.BURST_PERSIST_BUCKETS}{" "}
          minutes in a row, from at least {C.MIN_REPORTS_OUTAGE} different reporters, held for {min(C.PERSIST_MS)}. A
          few friends reporting together, or one odd minute, is not an outage.
        </li>
      </ul>
      <h2>Incidents</h2>
      <p>
        An incident opens when a service enters “outage likely” and starts when the surge began. It stays open until
        the last hour has been back near the usual level for {hours(C.COOLDOWN_MS)}; aftershocks in that time belong to
        the same incident instead of opening new ones. When it closes, Downwire records its start, peak, end, the
        most reported problems and where reports came from.
      </p>
      <p>
        For {hours(C.ECHO_MS)} after an incident ends, a new one on the same service needs a surge {C.ECHO_FACTOR}×
        as large as usual: news of an outage sends people to check and report for a day, and that echo is not a
        second outage.
      </p>
      <h2>What it cannot tell you</h2>
      <ul>
        <li>Whether the cause is the service itself, your network, or something in between.</li>
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
