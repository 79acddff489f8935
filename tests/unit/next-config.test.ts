import { describe, expect, it } from "vitest";
import { MAX_ADMIN_BODY_BYTES, MAX_CATALOG_FILE_BYTES } from "../../lib/admin/config";
import nextConfig from "../../next.config";

describe("next.config", () => {
  it("lets a type error fail the build (next build runs the type checker unless told to ignore it)", () => {
    expect(nextConfig.typescript?.ignoreBuildErrors).not.toBe(true);
  });

  it("lets server actions take a whole catalog file, with room for the form around it", () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(MAX_ADMIN_BODY_BYTES);
    expect(MAX_ADMIN_BODY_BYTES).toBeGreaterThan(MAX_CATALOG_FILE_BYTES);
  });
});
