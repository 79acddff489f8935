/* Downwire alerts service worker: shows the web push alerts the server sends and opens their page when clicked.
   It has no fetch handler, so it never stands between the browser and the site. */
"use strict";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

/** The alert as the server sends it ({ title, body, url, tag, timestamp }); anything unreadable shows a plain notice. */
function readAlert(event) {
  try {
    const data = event.data ? event.data.json() : null;
    if (data && typeof data.title === "string") return data;
  } catch (e) {
    /* not JSON */
  }
  return { title: "Downwire", body: event.data ? event.data.text() : "A service you follow changed state.", url: "/", tag: "downwire" };
}

/** Only pages of this site are opened from a notification. */
function sameOriginUrl(url) {
  try {
    const u = new URL(url, self.location.origin);
    return u.origin === self.location.origin ? u.href : self.location.origin + "/";
  } catch (e) {
    return self.location.origin + "/";
  }
}

self.addEventListener("push", (event) => {
  const alert = readAlert(event);
  event.waitUntil(
    self.registration.showNotification(alert.title, {
      body: alert.body,
      tag: alert.tag,
      renotify: true,
      timestamp: typeof alert.timestamp === "number" ? alert.timestamp : Date.now(),
      icon: "/icon.svg",
      data: { url: sameOriginUrl(alert.url || "/") },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = (event.notification.data && event.notification.data.url) || self.location.origin + "/";
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      for (const w of windows) {
        if (w.url === url && "focus" in w) return w.focus();
      }
      return self.clients.openWindow(url);
    }),
  );
});
