/*
 * Downwire embeds (/embed/<service> and its incident embeds): keeps the server-rendered embed current without a
 * framework. Every minute, when the tab is shown again, and at once if the reader's time zone is not the one the page
 * was drawn in, it asks the server for the embed's markup alone (?part=widget&tz=<zone>) and swaps it in.
 */
(function () {
  var root = document.getElementById("widget");
  if (!root || !window.fetch || !window.URL) return;
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {}
  if (zone === "Etc/Unknown") zone = undefined;
  // 0: an ended outage's frozen chart, drawn again only in the reader's zone.
  var every = Number(root.getAttribute("data-poll-ms"));
  var busy = false;
  function refresh() {
    if (busy) return;
    busy = true;
    var url = new URL(root.getAttribute("data-src"), location.href);
    url.searchParams.set("part", "widget");
    if (zone) url.searchParams.set("tz", zone);
    fetch(url.toString(), { cache: "no-store" })
      .then(function (res) {
        if (res.status !== 200) return;
        return res.text().then(function (html) {
          root.innerHTML = html;
          root.setAttribute("data-zone", zone || "");
        });
      })
      // Offline or the server restarting: keep showing the last widget and try again next time.
      .catch(function () {})
      .then(function () {
        busy = false;
      });
  }
  if (zone && zone !== root.getAttribute("data-zone")) refresh();
  if (!(every > 0)) return;
  setInterval(function () {
    if (document.visibilityState !== "hidden") refresh();
  }, every);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") refresh();
  });
})();
