"use strict";
var CACHE = "asah-materi-1";
self.addEventListener("install", function () { self.skipWaiting(); });
self.addEventListener("activate", function (e) { e.waitUntil(self.clients.claim()); });
self.addEventListener("fetch", function (e) {
  var req = e.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) { return; }
  e.respondWith(fetch(req).then(function (res) {
    if (res.ok) {
      var copy = res.clone();
      caches.open(CACHE).then(function (c) {
        return c.match(req).then(function (kept) { if (kept) { return c.put(req, copy); } });
      });
    }
    return res;
  }).catch(function () {
    return caches.match(req).then(function (kept) {
      return kept || new Response("<!doctype html><meta charset=utf-8><title>Offline</title>" +
        "<p>Anda sedang offline dan halaman ini belum disimpan untuk dibaca offline.</p>",
        { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
    });
  }));
});