import { describe, expect, it } from "vitest";
import { readEnv } from "../../lib/config/env";

const read = (vars: Record<string, string>) => readEnv(vars as unknown as NodeJS.ProcessEnv);

// A bad value stops start-up with a message naming the variable and what it must be (README "Configuration").
describe("configuration", () => {
  it.each([
    ["PORT", "abc", "PORT: must be a whole number above 0"],
    ["PORT", "1.5", "PORT: must be a whole number above 0"],
    ["PORT", "0", "PORT: must be a whole number above 0"],
    ["DETECTION_TICK_SECONDS", "-60", "DETECTION_TICK_SECONDS: must be a whole number above 0"],
    ["LEADER_LEASE_SECONDS", "soon", "LEADER_LEASE_SECONDS: must be a number of seconds"],
    ["LEADER_LEASE_SECONDS", "0", "LEADER_LEASE_SECONDS: must be above 0"],
    ["LEADER_LEASE_SECONDS", "7200", "LEADER_LEASE_SECONDS: must be at most 3600"],
    ["DATABASE_URL", "mysql://db/downwire", "DATABASE_URL: must be a postgres:// or postgresql:// URL"],
    ["SQLITE_SYNCHRONOUS", "fast", 'SQLITE_SYNCHRONOUS: Invalid option: expected one of "NORMAL"|"FULL"'],
  ])("%s=%s stops start-up: %s", (name, value, message) => {
    expect(() => read({ [name]: value })).toThrow(`Invalid configuration: ${message}`);
  });

  it("names every bad variable at once", () => {
    expect(() => read({ PORT: "x", BURST_LIMIT: "0" })).toThrow("Invalid configuration: PORT: must be a whole number above 0; BURST_LIMIT: must be a whole number above 0");
  });

  it("takes an empty variable (HOST= in a compose file) as unset, with its default", () => {
    const env = read({ PORT: "", HOST: "", DATABASE_PATH: "", LEADER_LEASE_SECONDS: "", DATABASE_URL: "", TRUST_PROXY: "" });
    expect(env).toMatchObject({ PORT: 3000, HOST: "0.0.0.0", DATABASE_PATH: "./data/downwire.db", DATABASE_URL: "", TRUST_PROXY: 0 });
    expect(env.LEADER_LEASE_SECONDS).toBeUndefined();
  });

  it("reads good values as numbers", () => {
    expect(read({ PORT: "8080", LEADER_LEASE_SECONDS: "2.5", HOST: "::" })).toMatchObject({ PORT: 8080, LEADER_LEASE_SECONDS: 2.5, HOST: "::" });
  });
});
