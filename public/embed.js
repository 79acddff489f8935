/*! Downwire embed. <script src="https://DOWNWIRE/embed.js" data-service="outlook" [data-range="7d"] [data-theme="dark"] [data-lang="zh-CN"] async></script>
 * puts a responsive iframe of the live widget where the script tag stands. Loads nothing else, sets no cookies. */
(function () {
  var scripts = document.querySelectorAll("script[data-service]");
  for (var i = 0; i < scripts.length; i++) {
    var s = scripts[i];
    if (s.getAttribute("data-downwire-done") || !/\/embed\.js(\?|#|$)/.test(s.src)) continue;
    s.setAttribute("data-downwire-done", "1");
    var slug = s.getAttribute("data-service") || "";
    var q = [];
    ["range", "theme"].forEach(function (k) {
      var v = s.getAttribute("data-" + k);
      if (v) q.push(k + "=" + encodeURIComponent(v));
    });
    // Languages other than English live under their own prefix; an unknown one falls back to English.
    var lang = s.getAttribute("data-lang") === "zh-CN" ? "/zh-CN" : "";
    var f = document.createElement("iframe");
    // The widget lives on the origin the script came from, whatever page includes it.
    f.src = new URL(s.src, location.href).origin + lang + "/embed/" + encodeURIComponent(slug) + (q.length ? "?" + q.join("&") : "");
    f.title = slug + (lang ? " 问题报告 (Downwire)" : " problem reports (Downwire)");
    f.loading = "lazy";
    f.setAttribute("style", "display:block;border:0;width:100%;max-width:640px;aspect-ratio:20/13;min-height:260px");
    s.parentNode.insertBefore(f, s.nextSibling);
  }
})();
