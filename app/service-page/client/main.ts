import { wireEmbedOptions } from "./embed-options";
import { startLive } from "./live-refresh";
import { wireNotify } from "./notify-toggle";
import { wireReportForm } from "./report-submit";

/**
 * The service page's only script (bundled by lib/server/page-script.ts): everything it does is an enhancement of a
 * page that already works as HTML.
 */
const root = document.getElementById("service");
if (root && "fetch" in window) {
  const live = startLive(root);
  const form = document.getElementById("report");
  if (form instanceof HTMLFormElement) wireReportForm(form, live);
  root.querySelectorAll<HTMLElement>("[data-testid=notify][data-texts]").forEach(wireNotify);
  const panel = document.getElementById("embed");
  if (panel) wireEmbedOptions(panel);
}
