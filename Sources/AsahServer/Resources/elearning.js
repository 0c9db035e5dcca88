(function () {
  "use strict";
  var KEY = "asah-antrean-materi";
  var CACHE = "asah-materi-1";
  // Every address comes from the page (OfflineScript.tag), built from the route table.
  var me = document.querySelector("script[data-worker]");
  function given(name) { return (me && me.getAttribute(name)) || ""; }
  function queue() { try { return JSON.parse(localStorage.getItem(KEY) || "[]"); } catch (e) { return []; } }
  function store(q) { localStorage.setItem(KEY, JSON.stringify(q)); }
  function today() {
    var d = new Date(), p = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + p(d.getMonth() + 1) + "-" + p(d.getDate());
  }
  function say(text) {
    var s = document.querySelectorAll("[data-status]");
    for (var i = 0; i < s.length; i++) { s[i].textContent = text; }
  }
  // Whose queue this page may send: a shared device keeps each person's items apart.
  var who = (document.querySelector("[data-learner]") || { getAttribute: function () { return ""; } })
    .getAttribute("data-learner");
  function flush() {
    var q = queue().filter(function (item) { return who && item.who === who; });
    if (!q.length || !navigator.onLine) { return; }
    var byCourse = {};
    q.forEach(function (item) { (byCourse[item.course] = byCourse[item.course] || []).push(item); });
    Object.keys(byCourse).forEach(function (course) {
      var items = byCourse[course];
      // The address the lesson page gave; items queued by an older script have none.
      var url = items[0].url || given("data-progres").replace("course-id", encodeURIComponent(course));
      if (!url) { return; }
      fetch(url, {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": items[0].csrf },
        body: JSON.stringify({ lessons: items.map(function (i) { return { lesson_id: i.lesson, done_on: i.on }; }) })
      }).then(function (r) {
        if (r.ok || (r.status >= 400 && r.status < 500 && r.status !== 401 && r.status !== 403)) {
          store(queue().filter(function (i) { return i.course !== course || i.who !== who; }));
          if (r.ok) { say("Kemajuan belajar yang tersimpan di perangkat sudah terkirim."); }
        }
      }).catch(function () {});
    });
  }
  document.addEventListener("submit", function (e) {
    var f = e.target;
    if (!f.classList || !f.classList.contains("mark-done")) { return; }
    e.preventDefault();
    var token = f.querySelector("input[name=_csrf]").value;
    fetch(f.action, { method: "POST", credentials: "same-origin", body: new URLSearchParams(new FormData(f)) })
      .then(function (r) { location.href = r.url; })
      .catch(function () {
        var q = queue();
        q.push({ course: f.getAttribute("data-course"), lesson: f.getAttribute("data-lesson"), on: today(),
          url: f.getAttribute("data-progres"), csrf: token, who: who });
        store(q);
        f.hidden = true;
        say("Anda sedang offline. Materi ditandai selesai di perangkat ini dan akan dikirim saat tersambung.");
      });
  });
  var keep = document.querySelectorAll("[data-simpan]");
  if ("serviceWorker" in navigator && "caches" in window) {
    if (given("data-worker")) { navigator.serviceWorker.register(given("data-worker")).catch(function () {}); }
    for (var i = 0; i < keep.length; i++) {
      keep[i].hidden = false;
      keep[i].addEventListener("click", function (e) {
        var urls = e.target.getAttribute("data-simpan").split(" ").concat(given("data-keep").split(" "), [location.pathname]);
        // addAll refuses a list that names a page twice.
        urls = urls.filter(function (u, i) { return u && urls.indexOf(u) === i; });
        caches.open(CACHE).then(function (c) { return c.addAll(urls); })
          .then(function () { say("Tersimpan. Materi ini dapat dibaca tanpa sambungan internet."); })
          .catch(function () { say("Belum tersimpan; coba lagi saat tersambung."); });
      });
    }
  }
  window.addEventListener("online", flush);
  flush();
})();