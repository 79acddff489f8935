import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config";

describe("next.config", () => {
  it("lets a type error fail the build (next build runs the type checker unless told to ignore it)", () => {
    expect(nextConfig.typescript?.ignoreBuildErrors).not.toBe(true);
  });
});
