import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config";
import { readBuildCache, readPreloadPages } from "../../lib/config/next-settings";
import { readEnv } from "../../lib/config/env";

describe("next.config", () => {
  it("lets a type error fail the build (next build runs the type checker unless told to ignore it)", () => {
    expect(nextConfig.typescript?.ignoreBuildErrors).not.toBe(true);
  });

  it("loads every page's code at start unless PRELOAD_PAGES=0, and refuses a value it does not know", () => {
    expect(nextConfig.experimental?.preloadEntriesOnStart).toBe(process.env.PRELOAD_PAGES !== "0");
    expect(readPreloadPages({})).toBe(true);
    expect(["1", "true", ""].map((v) => readPreloadPages({ PRELOAD_PAGES: v }))).toEqual([true, true, true]);
    expect(["0", "false"].map((v) => readPreloadPages({ PRELOAD_PAGES: v }))).toEqual([false, false]);
    expect(() => readPreloadPages({ PRELOAD_PAGES: "no" })).toThrow(/PRELOAD_PAGES/);
    expect(() => readEnv({ PRELOAD_PAGES: "no" } as unknown as NodeJS.ProcessEnv)).toThrow(/PRELOAD_PAGES/);
    expect(readEnv({} as unknown as NodeJS.ProcessEnv).PRELOAD_PAGES).toBe(true);
  });

  it("writes Turbopack's build cache unless BUILD_CACHE=0", () => {
    expect(nextConfig.experimental?.turbopackFileSystemCacheForBuild).toBe(process.env.BUILD_CACHE !== "0");
    expect(readBuildCache({})).toBe(true);
    expect(readBuildCache({ BUILD_CACHE: "0" })).toBe(false);
    expect(() => readBuildCache({ BUILD_CACHE: "off" })).toThrow(/BUILD_CACHE/);
    expect(() => readEnv({ BUILD_CACHE: "off" } as unknown as NodeJS.ProcessEnv)).toThrow(/BUILD_CACHE/);
  });
});
