import { ensureBuild } from "../../lib/cli/ensure-build";

/** HTTP and browser tests run the production server, so build once before any test file starts. */
export default function setup() {
  ensureBuild();
}
