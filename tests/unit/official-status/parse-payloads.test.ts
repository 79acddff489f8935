import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseOfficialPayload } from "../../../lib/official-status/parse/parse-payload";
import type { OfficialFormat, OfficialReading } from "../../../lib/official-status/types";

/*
 * Every real payload in ../shared/official-status/, read as its README says. Expected values are copied from that
 * README (never from this code's output); `now` is fixed for the feed rule that lets unanswered entries lapse.
 */

const DIR = path.resolve(__dirname, "../../../../shared/official-status");
const NOW = Date.parse("2026-11-25T12:00:00Z");
const read = (file: string, format: OfficialFormat, sourceUrl = "https://status.example.com/x"): OfficialReading => {
  const result = parseOfficialPayload(format, fs.readFileSync(path.join(DIR, file), "utf8"), { sourceUrl, now: NOW });
  if (!result.ok) throw new Error(`${file}: ${result.error}`);
  return result.reading;
};

describe("the shared samples folder", () => {
  it("holds exactly the files this test reads", () => {
    const files = fs.readdirSync(DIR).filter((f) => f !== "README.md").sort();
    expect(files).toEqual([...COVERED].sort());
  });
});

const COVERED = [
  "statuspage-github-summary-2022-11-25-packages-incident.json",
  "statuspage-github-incidents-2024-09-17.json",
  "statuspage-github-components-2024-09-17.json",
  "statuspage-discord-summary-2022-02-15.json",
  "statuspage-discord-status-2022-02-15.json",
  "statuspage-discord-incidents-2022-02-15.json",
  "statuspage-discord-incidents-unresolved-2022-02-15-empty.json",
  "statuspage-discord-scheduled-maintenances-2022-02-15.json",
  "statuspage-huobi-summary-docs-example.json",
  "statuspage-snowflake-status-2021-06-30-critical.json",
  "statuspage-redis-history-atom-2021-12-26.xml",
  "gcp-incidents-2022-07-03-truncated.json",
  "gcp-status-atom-2022-04-01.xml",
  "aws-shd-data-json-2022-07-03.json",
  "aws-shd-rss-all-2021-12-20.xml",
  "slack-status-v2-current-ok-docs-example.json",
  "slack-status-v2-current-active-docs-example.json",
  "statusio-public-status-docs-example.json",
  "instatus-summary-docs-example.json",
];

describe("Atlassian Statuspage v2", () => {
  it("GitHub summary 2022-11-25: minor, Packages partial_outage, one major open incident with 7 updates", () => {
    const r = read("statuspage-github-summary-2022-11-25-packages-incident.json", "statuspage");
    expect(r.indicator).toBe("minor");
    expect(r.description).toBe("Minor Service Outage");
    // The component list, not the newest update's affected_components (major_outage), is the current state.
    expect(r.components).toEqual([{ name: "Packages", status: "partial_outage" }]);
    expect(r.incidents).toHaveLength(1);
    const i = r.incidents[0];
    expect(i).toMatchObject({
      id: "ljwdk6qml8z8",
      name: "Incident with Packages and Pages",
      impact: "major", // worse than the page's indicator: never derived from it
      status: "investigating",
      startedAt: "2022-11-25T14:39:09.542Z",
      acknowledgedAt: "2022-11-25T14:39:09.548Z",
      resolvedAt: null,
      url: "https://www.githubstatus.com/incidents/ljwdk6qml8z8",
    });
    expect(i.updates).toHaveLength(7);
    expect(i.updates[0].at).toBe("2022-11-25T15:50:04.967Z");
    expect(i.updates[0].body).toMatch(/^Packages is now experiencing degraded performance\./);
    expect(i.updates.at(-1)!.at).toBe("2022-11-25T14:39:09.577Z");
    expect(r.maintenances).toEqual([]);
    expect(r.resolvedIncidents).toEqual([]);
  });

  it("GitHub incidents.json 2024-09-17: nothing open; two resolved incidents with their times", () => {
    const r = read("statuspage-github-incidents-2024-09-17.json", "statuspage");
    expect(r.incidents).toEqual([]);
    expect(r.indicator).toBe("none");
    expect(r.resolvedIncidents.map((i) => [i.id, i.name, i.impact, i.status, i.acknowledgedAt, i.resolvedAt, i.updates.length])).toEqual([
      ["69sb0f8lydp4", "Incident with Pages and Actions", "major", "resolved", "2024-09-16T21:31:02.719Z", "2024-09-16T22:08:39.333Z", 6],
      ["r3x7x31k7nn1", "Disruption with Git SSH", "minor", "resolved", "2024-09-16T13:29:47.163Z", "2024-09-16T14:28:03.812Z", 6],
    ]);
    expect(r.resolvedIncidents[0].components.sort()).toEqual(["Actions", "Pages"]);
    expect(r.resolvedIncidents[1].components).toEqual([]);
    expect(r.resolvedIncidents[0].updates.at(-1)!.at).toBe("2024-09-16T21:31:02.798Z");
  });

  it("GitHub components.json 2024-09-17: Git Operations and Webhooks operational, nothing wrong", () => {
    const r = read("statuspage-github-components-2024-09-17.json", "statuspage");
    expect(r.components).toEqual([]);
    expect(r.indicator).toBe("none");
  });

  it("Discord summary and status 2022-02-15: none, All Systems Operational, nothing open", () => {
    for (const file of ["statuspage-discord-summary-2022-02-15.json", "statuspage-discord-status-2022-02-15.json"]) {
      const r = read(file, "statuspage");
      expect([r.indicator, r.description, r.components, r.incidents, r.maintenances]).toEqual(["none", "All Systems Operational", [], [], []]);
    }
  });

  it("Discord incidents.json: one resolved minor incident, times converted from -08:00", () => {
    const r = read("statuspage-discord-incidents-2022-02-15.json", "statuspage");
    expect(r.incidents).toEqual([]);
    expect(r.resolvedIncidents).toHaveLength(1);
    const i = r.resolvedIncidents[0];
    expect(i).toMatchObject({ id: "n4njzfn1mqy0", name: "Messaging issues", impact: "minor", status: "resolved", acknowledgedAt: "2022-02-15T21:14:17.744Z", resolvedAt: "2022-02-15T21:37:37.388Z" });
    expect(i.updates).toHaveLength(4);
    expect(i.updates.at(-1)).toMatchObject({ at: "2022-02-15T21:14:17.849Z", status: "investigating" });
  });

  it("Discord incidents/unresolved.json (empty): nothing open", () => {
    const r = read("statuspage-discord-incidents-unresolved-2022-02-15-empty.json", "statuspage");
    expect([r.indicator, r.incidents, r.resolvedIncidents]).toEqual(["none", [], []]);
  });

  it("Discord scheduled-maintenances.json: one completed maintenance, nothing current or upcoming", () => {
    const r = read("statuspage-discord-scheduled-maintenances-2022-02-15.json", "statuspage");
    expect(r.maintenances).toEqual([]);
    expect(r.indicator).toBe("none");
    expect(r.incidents).toEqual([]);
  });

  it("Huobi summary (docs example): minor, no non-operational top-level component, Market data in the open incident, one scheduled maintenance", () => {
    const r = read("statuspage-huobi-summary-docs-example.json", "statuspage");
    expect([r.indicator, r.description]).toEqual(["minor", "Partially Degraded Service"]);
    expect(r.components).toEqual([]);
    expect(r.incidents).toHaveLength(1);
    expect(r.incidents[0]).toMatchObject({
      id: "rclfxz2g21ly",
      name: "Market data is delayed",
      impact: "minor",
      status: "investigating",
      startedAt: "2020-02-11T03:15:01.906Z",
      acknowledgedAt: "2020-02-11T03:15:01.913Z",
      components: ["Market data"],
    });
    expect(r.incidents[0].updates.map((u) => u.at)).toEqual(["2020-02-11T03:15:02.000Z"]);
    expect(r.maintenances).toEqual([
      { id: "k7g299zl765l", name: "Schedule maintenance", status: "scheduled", scheduledFor: "2020-02-15T00:00:00.000Z", scheduledUntil: "2020-02-15T01:00:00.000Z", url: "https://status.huobigroup.com/incidents/k7g299zl765l" },
    ]);
  });

  it("Snowflake status.json 2021-06-30: critical, Major System Outage", () => {
    const r = read("statuspage-snowflake-status-2021-06-30-critical.json", "statuspage");
    expect([r.indicator, r.description, r.components, r.incidents]).toEqual(["critical", "Major System Outage", [], []]);
  });

  it("Redis history.atom (Statuspage feed): Instance failure resolved 14:45 after Investigating 14:38; maintenance resolved; nothing open", () => {
    const r = read("statuspage-redis-history-atom-2021-12-26.xml", "atom", "https://status.redis.com/history.atom");
    expect(r.incidents).toEqual([]);
    expect(r.indicator).toBe("none");
    expect(r.resolvedIncidents.map((i) => [i.name, i.url, i.acknowledgedAt, i.resolvedAt])).toEqual([
      ["Instance failure", "https://status.redis.com/incidents/q5bb6tbftgrm", "2021-12-26T14:38:00.000Z", "2021-12-26T14:45:00.000Z"],
      ["Scheduled Maintenance", "https://status.redis.com/incidents/1t2rmcmnp7wd", "2021-12-21T01:01:00.000Z", "2021-12-21T01:37:00.000Z"],
    ]);
    expect(r.resolvedIncidents[0].updates.map((u) => u.status)).toEqual(["resolved", "investigating"]);
    expect(r.resolvedIncidents[1].updates.map((u) => u.status)).toEqual(["resolved", "monitoring"]);
  });
});

describe("Google Cloud", () => {
  it("incidents.json (truncated to 15): nothing open; newest, oldest and the one outage as the README gives them", () => {
    const r = read("gcp-incidents-2022-07-03-truncated.json", "gcp", "https://status.cloud.google.com/incidents.json");
    expect(r.incidents).toEqual([]);
    expect(r.indicator).toBe("none");
    expect(r.resolvedIncidents).toHaveLength(15);
    const byId = new Map(r.resolvedIncidents.map((i) => [i.id, i]));
    expect(byId.get("TaA75H7XA1DQyM2ReK2f")).toMatchObject({
      name: "[Google BigQuery] Lower throughput from the Read API",
      impact: "minor",
      startedAt: "2022-07-01T13:37:44.000Z",
      resolvedAt: "2022-07-01T19:25:45.000Z",
      components: ["Google BigQuery"],
      url: "https://status.cloud.google.com/incidents/TaA75H7XA1DQyM2ReK2f",
    });
    expect(byId.get("fc7GCA6kAgnBihezUAkx")).toMatchObject({ impact: "major", startedAt: "2022-06-14T13:56:00.000Z" });
    expect(byId.get("iAgVMxJUfE1J9et7j9KB")).toMatchObject({ name: "Google Cloud Networking packet loss issue", impact: "critical", startedAt: "2022-06-16T08:11:00.000Z", resolvedAt: "2022-06-16T09:44:00.000Z" });
    const impacts = r.resolvedIncidents.reduce<Record<string, number>>((n, i) => ({ ...n, [i.impact]: (n[i.impact] ?? 0) + 1 }), {});
    expect(impacts).toEqual({ minor: 9, major: 5, critical: 1 }); // SERVICE_INFORMATION 9, DISRUPTION 5, OUTAGE 1
  });

  it("feed.atom 2022-04-01: one RESOLVED entry, 08:30-15:54 US/Pacific, three affected products, nothing open", () => {
    const r = read("gcp-status-atom-2022-04-01.xml", "atom", "https://status.cloud.google.com/en/feed.atom");
    expect(r.incidents).toEqual([]);
    expect(r.resolvedIncidents).toHaveLength(1);
    expect(r.resolvedIncidents[0]).toMatchObject({
      name: "Global: Cloud Monitoring Metrics may be unavailable or underreported for Cloud Pub/Sub",
      url: "https://status.cloud.google.com/incidents/B1hD4KAtcxiyAWkcANfV",
      startedAt: "2022-03-31T15:30:00.000Z", // 08:30 PDT
      resolvedAt: "2022-03-31T22:54:00.000Z", // 15:54 PDT
      updatedAt: "2022-04-01T20:13:25.000Z",
      components: ["Cloud Monitoring", "Operations", "Google Cloud Pub/Sub"],
    });
  });
});

describe("AWS Service Health Dashboard", () => {
  it("data.json 2022-07-03: no open event; 86 archived, oldest and newest as the README gives them", () => {
    const r = read("aws-shd-data-json-2022-07-03.json", "aws");
    expect(r.incidents).toEqual([]);
    expect(r.indicator).toBe("none");
    expect(r.resolvedIncidents).toHaveLength(86);
    const sorted = [...r.resolvedIncidents].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
    expect(sorted[0]).toMatchObject({ name: "AWS Internet Connectivity (Ohio): Internet Connectivity", startedAt: "2021-06-24T19:53:13.000Z", impact: "minor" });
    expect(sorted.at(-1)).toMatchObject({ name: "AWS Billing Console: Incorrect Free Tier Email Alerts", startedAt: "2022-06-16T01:15:54.000Z", impact: "minor", status: "resolved" });
    // 18:15 PDT then 18:39 PDT on 2022-06-15.
    expect(sorted.at(-1)!.updates.map((u) => u.at).reverse().slice(0, 2)).toEqual(["2022-06-16T01:15:00.000Z", "2022-06-16T01:39:00.000Z"]);
    const impacts = r.resolvedIncidents.reduce<Record<string, number>>((n, i) => ({ ...n, [i.impact]: (n[i.impact] ?? 0) + 1 }), {});
    expect(impacts).toEqual({ minor: 72, major: 11, critical: 3 }); // status "1" 72, "2" 11, "3" 3
  });

  it("RSS 2021-12-20: both items say operating normally, resolved; nothing open; PST dates read", () => {
    const r = read("aws-shd-rss-all-2021-12-20.xml", "rss", "https://status.aws.amazon.com/rss/all.rss");
    expect(r.incidents).toEqual([]);
    expect(r.indicator).toBe("none");
    expect(r.resolvedIncidents).toHaveLength(1);
    expect(r.resolvedIncidents[0]).toMatchObject({ name: "Internet Connectivity", acknowledgedAt: "2021-12-15T16:10:17.000Z", updatedAt: "2021-12-15T20:16:32.000Z", status: "resolved" });
    expect(r.resolvedIncidents[0].updates.map((u) => u.at)).toEqual(["2021-12-15T20:16:32.000Z", "2021-12-15T16:10:17.000Z"]);
  });
});

describe("Slack, status.io, Instatus", () => {
  it("Slack current, ok: all operational", () => {
    const r = read("slack-status-v2-current-ok-docs-example.json", "slack");
    expect([r.indicator, r.components, r.incidents]).toEqual(["none", [], []]);
  });

  it("Slack current, active: one incident 546 on Apps/Integrations/APIs with one note", () => {
    const r = read("slack-status-v2-current-active-docs-example.json", "slack");
    expect(r.indicator).toBe("minor");
    expect(r.incidents).toHaveLength(1);
    expect(r.incidents[0]).toMatchObject({
      id: "546",
      name: "Slack’s forwarding email feature is failing for some customers",
      status: "active",
      startedAt: "2018-09-07T21:35:00.000Z",
      updatedAt: "2018-09-08T01:34:15.000Z",
      url: "https://slack-status.com/2018-09/7dea1cd14cd0f657",
      components: ["Apps/Integrations/APIs"],
    });
    expect(r.incidents[0].updates).toHaveLength(1);
    expect(r.incidents[0].updates[0].at).toBe("2018-09-08T01:34:15.000Z");
    expect(r.incidents[0].updates[0].body).toContain("\r\n");
    expect(r.components).toEqual([{ name: "Apps/Integrations/APIs", status: "partial_outage" }]);
  });

  it("status.io (docs example): operational, both containers fine, nothing open or planned", () => {
    const r = read("statusio-public-status-docs-example.json", "statusio");
    expect([r.indicator, r.components, r.incidents, r.maintenances]).toEqual(["none", [], [], []]);
  });

  it("Instatus summary (docs example): HASISSUES, one MAJOROUTAGE incident started 18:55:50 UTC, one maintenance", () => {
    const r = read("instatus-summary-docs-example.json", "instatus");
    expect(r.indicator).toBe("critical");
    expect(r.components).toEqual([]);
    expect(r.incidents).toHaveLength(1);
    expect(r.incidents[0]).toMatchObject({ name: "We're facing an issue with our API", status: "investigating", impact: "critical", startedAt: "2022-06-11T18:55:50.000Z", id: "cl4a8n3070721qtmzvts760c4" });
    expect(r.maintenances).toEqual([
      { id: "cl4a8nlv50918qtmzdlw60ivu", name: "Database maintenance", status: "notstartedyet", scheduledFor: "2022-06-11T18:55:54.000Z", scheduledUntil: "2022-06-11T19:55:54.000Z", url: "https://testing-widget.instatus.com/maintenance/cl4a8nlv50918qtmzdlw60ivu" },
    ]);
  });
});
