// Jianfu service worker: keeps the pages a user opened readable without a network.
// Pages: network first (fresh when the signal allows), the saved copy when the network fails or is
// too slow, the Chinese offline page when nothing is saved. Static files: the saved copy at once,
// refreshed in the background (a new deployment shows from the second page on).
// POST requests are never touched: the offline queue (js/offline-queue.js) keeps forms.
var VERSION = "v1";
var STATIC = "jianfu-static-" + VERSION;
var PAGES = "jianfu-pages";
var SHELL = ["/offline.html", "/css/jianfu.css", "/js/jianfu.js", "/js/offline-queue.js",
  "/webjars/htmx.org/2.0.10/dist/htmx.min.js", "/icons/icon.svg", "/icons/icon-192.png", "/manifest.webmanifest"];
var SLOW_NETWORK_MS = 4000;
var NEVER_CACHED = /^\/(api|login|logout|notifications\/badge)/;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(STATIC).then(function (cache) { return cache.addAll(SHELL); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf("jianfu-static-") === 0 && k !== STATIC; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || NEVER_CACHED.test(url.pathname)) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(page(event, request));
  } else if (/^\/(css|js|webjars|icons)\//.test(url.pathname)) {
    // stale-while-revalidate: the saved copy at once, refreshed in the background for next time
    event.respondWith(caches.match(request).then(function (hit) {
      var fresh = fetchAndKeep(request, STATIC);
      if (hit) { event.waitUntil(fresh.catch(function () { })); return hit; }
      return fresh;
    }));
  }
});

function page(event, request) {
  var fromNetwork = fetchAndKeep(request, PAGES);
  event.waitUntil(fromNetwork.catch(function () { }));
  var slow = new Promise(function (resolve) { setTimeout(resolve, SLOW_NETWORK_MS); })
    .then(function () { return caches.match(request, { cacheName: PAGES }); })
    .then(function (hit) { return hit || fromNetwork; });
  return Promise.race([fromNetwork, slow]).catch(function () {
    return caches.match(request, { cacheName: PAGES }).then(function (hit) {
      return hit || caches.match("/offline.html");
    });
  });
}

// Keeps a copy of good answers only: no errors, no redirects to the login page.
function fetchAndKeep(request, cacheName) {
  return fetch(request).then(function (response) {
    var type = response.headers.get("Content-Type") || "";
    if (response.ok && !response.redirected && (cacheName === STATIC || type.indexOf("text/html") === 0)) {
      var copy = response.clone();
      caches.open(cacheName).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  });
}

// The page asks to forget the saved pages (sign-out, another user on this phone).
self.addEventListener("message", function (event) {
  if (event.data === "forget-pages") {
    event.waitUntil(caches.delete(PAGES));
  }
});
