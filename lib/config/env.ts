import { z } from "zod";
import { DEFAULT_DATABASE_PATH, type DatabaseTarget } from "@/db/config";
import { OnUnlessZeroSchema } from "./next-settings";

const flag = z
  .enum(["0", "1", "true", "false", ""])
  .default("0")
  .transform((v) => v === "1" || v === "true");
/** An empty variable (`HOST=` in a compose file) means the default, as an unset one does. */
const emptyIsUnset = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema);
const WHOLE = "must be a whole number above 0";
const positiveInt = (fallback: number) => emptyIsUnset(z.coerce.number({ error: WHOLE }).int(WHOLE).positive(WHOLE).default(fallback));

/** Every environment variable Downwire reads, with its default (README "Configuration" mirrors this). */
const EnvSchema = z.object({
  PORT: positiveInt(3000),
  HOST: emptyIsUnset(z.string().default("0.0.0.0")),
  /** The embedded SQLite file, used unless DATABASE_URL is set. */
  DATABASE_PATH: emptyIsUnset(z.string().default(DEFAULT_DATABASE_PATH)),
  /** postgres://… selects PostgreSQL (shared by several nodes) instead of the SQLite file. */
  DATABASE_URL: z.union([z.literal(""), z.string().regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// or postgresql:// URL")]).default(""),
  /** Connections each node keeps to PostgreSQL at most. */
  DATABASE_POOL_MAX: positiveInt(10),
  /**
   * How many proxies you run in front of the server, each appending to X-Forwarded-For: 0 = none (use the socket's
   * address), 1 = take the right-most entry, 2 = the one before it. Above 0, CDN country headers are trusted too.
   */
  TRUST_PROXY: emptyIsUnset(
    z
      .string()
      .default("0")
      .refine((v) => /^\d{1,2}$/.test(v.trim()), "must be the number of proxy hops in front of the server (0 = none, 1 = one reverse proxy or CDN)")
      .transform((v) => Number(v.trim())),
  ),
  /** NORMAL: acknowledged reports survive a killed process; FULL: they survive a power cut too (slower). */
  SQLITE_SYNCHRONOUS: z.enum(["NORMAL", "FULL"]).default("NORMAL"),
  DEDUPE_WINDOW_MINUTES: positiveInt(30),
  BURST_LIMIT: positiveInt(10),
  BURST_WINDOW_MINUTES: positiveInt(10),
  /** Counted reports per network (/24 IPv4, /48 IPv6) per service per window. */
  NETWORK_LIMIT: positiveInt(10),
  NETWORK_WINDOW_MINUTES: positiveInt(30),
  REPORT_RETENTION_DAYS: positiveInt(30),
  /** How often the detection tick runs; it always evaluates completed minutes, so this only sets the latency. */
  DETECTION_TICK_SECONDS: positiveInt(60),
  /**
   * Lifetime of the lead (which node runs detection): renewed every third of it, taken over by another node once it
   * has expired. Default: a quarter of the tick interval, at most 15 s, so a new leader ticks within two intervals.
   */
  LEADER_LEASE_SECONDS: emptyIsUnset(z.coerce.number({ error: "must be a number of seconds" }).positive("must be above 0").max(3600, "must be at most 3600").optional()),
  /**
   * The site's public origin, e.g. https://downwire.example.org: used in embed codes, oEmbed answers, feeds and
   * share images. Unset, it is taken from each request's Host header (fine locally; set it behind a CDN).
   */
  PUBLIC_URL: z.union([z.literal(""), z.url({ protocol: /^https?$/ })]).default(""),
  /** Enables /admin for whoever knows it; unset = no operator area at all. At least 16 characters. */
  ADMIN_TOKEN: z.union([z.literal(""), z.string().min(16, "must be at least 16 characters (or unset to disable /admin)")]).default(""),
  /** smtp:// or smtps:// URL of the mail server that sends alert and confirmation mails; unset = no email alerts. */
  SMTP_URL: z.union([z.literal(""), z.string().regex(/^smtps?:\/\/\S+$/, "must be an smtp:// or smtps:// URL")]).default(""),
  /** The From of alert mails; default "Downwire alerts <alerts@HOST>" with the host of PUBLIC_URL (or the request). */
  ALERTS_MAIL_FROM: z.string().default(""),
  /** The site's VAPID key pair for web push (base64url, from `npx web-push generate-vapid-keys`); unset = generated once and stored in the database. */
  VAPID_PUBLIC_KEY: z.union([z.literal(""), z.string().regex(/^[A-Za-z0-9_-]{87}$/, "must be a base64url P-256 public key (87 characters)")]).default(""),
  VAPID_PRIVATE_KEY: z.union([z.literal(""), z.string().regex(/^[A-Za-z0-9_-]{43}$/, "must be a base64url P-256 private key (43 characters)")]).default(""),
  /** Who runs this push sender, told to push services (mailto: or https: URL); default the site's origin. */
  VAPID_SUBJECT: z.union([z.literal(""), z.string().regex(/^(mailto:|https:\/\/)\S+$/, "must be a mailto: or https:// URL")]).default(""),
  /** Tests only: let alerts go to loopback and private addresses (local receivers). Never set in production. */
  ALERTS_ALLOW_PRIVATE: flag,
  /**
   * A catalog JSON file in the export format of /admin/catalog.json, upserted at every start (for operators who keep
   * their catalog in version control). A bad file stops start-up with a message naming the entry and field.
   */
  CATALOG_FILE: z.string().default(""),
  /** How often each vendor's official status source is polled (when healthy; failures back off exponentially). */
  OFFICIAL_STATUS_POLL_SECONDS: positiveInt(60),
  /** Tests only: let official status sources live on loopback and private addresses (refused otherwise). */
  OFFICIAL_STATUS_ALLOW_PRIVATE: flag,
  /** Set by `npm run demo`: simulated data and a banner on every page. */
  DOWNWIRE_DEMO: flag,
  /** Whether the server loads every page's code at start (read by next.config.ts; listed here so a bad value stops start-up). */
  PRELOAD_PAGES: OnUnlessZeroSchema,
  /** Whether `next build` writes Turbopack's cache for the next build (read by next.config.ts). */
  BUILD_CACHE: OnUnlessZeroSchema,
});

export type Env = z.infer<typeof EnvSchema>;

/** The names of every variable above (the README's configuration table is checked against them). */
export const ENV_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

/** Which database to open: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
export function readDatabaseTarget(env: Env): DatabaseTarget {
  return env.DATABASE_URL
    ? { kind: "postgresql", url: env.DATABASE_URL, poolMax: env.DATABASE_POOL_MAX }
    : { kind: "sqlite", path: env.DATABASE_PATH, synchronous: env.SQLITE_SYNCHRONOUS };
}

/** Where a target points, for an operator's eyes: the SQLite path, or PostgreSQL's host and database without credentials. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "sqlite") return `the SQLite database at DATABASE_PATH=${target.path}`;
  try {
    const url = new URL(target.url);
    return `PostgreSQL at ${url.host}${url.pathname} (DATABASE_URL)`;
  } catch {
    return "PostgreSQL (DATABASE_URL)";
  }
}

/** The lead's lifetime in ms (see LEADER_LEASE_SECONDS). */
export function readLeaseMs(env: Env): number {
  return Math.round((env.LEADER_LEASE_SECONDS ?? Math.min(15, env.DETECTION_TICK_SECONDS / 4)) * 1000);
}

let cached: Env | undefined;

/** Parses process.env once; a bad value stops start-up with a message naming the variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  if (source === process.env && cached) return cached;
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${issues}`);
  }
  if (Boolean(parsed.data.VAPID_PUBLIC_KEY) !== Boolean(parsed.data.VAPID_PRIVATE_KEY)) throw new Error("Invalid configuration: set both VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY, or neither");
  if (source === process.env) cached = parsed.data;
  return parsed.data;
}
