// Offline queue: a form marked data-offline="queue" is never lost for want of a signal. Without a
// network it is kept on this phone (localStorage, per user) and sent when the connection returns;
// a refusal (409, 422 ...) is shown with the server's Chinese message and kept until the user
// changes and resends it or discards it. Opt in: see docs/offline.md.
(function () {
  "use strict";
  var user = meta("jianfu-user");
  if (!user || !window.localStorage) { return; }
  var KEY = "jianfu.queue." + user;
  var syncing = false;

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute("content") : null;
  }
  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || []; } catch (e) { return []; }
  }
  function save(queue) { localStorage.setItem(KEY, JSON.stringify(queue)); render(); }
  function newKey() {
    return Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10);
  }
  function withFreshToken(body) {
    var params = new URLSearchParams(body);
    var token = meta("_csrf");
    if (token) { params.set("_csrf", token); }
    return params.toString();
  }
  // One attempt: "sent" (with the page the server answered), "refused" (with its message) or "offline".
  function send(entry) {
    return fetch(entry.url, {
      method: "POST", body: withFreshToken(entry.body), credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Offline-Queue": "1" }
    }).then(function (response) {
      if (/\/login(\?|$)/.test(new URL(response.url).pathname + new URL(response.url).search)) {
        return { kind: "refused", message: "登录已过期，请重新登录后点“重新提交”" };
      }
      if (response.ok) { return { kind: "sent", url: response.url }; }
      return response.text().then(function (html) { return { kind: "refused", message: messageOf(html, response.status), html: html }; });
    }, function () { return { kind: "offline" }; });
  }
  function messageOf(html, status) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var parts = [].map.call(doc.querySelectorAll(".problem p:first-of-type, .field-error, .alert.error"), function (n) {
      return n.textContent.trim();
    }).filter(Boolean);
    return parts.length ? parts.join("；") : "提交未成功（" + status + "）";
  }
  // "用车申请：下村核查" — the kind of form, and the field the user will recognise it by
  function titleOf(form) {
    var title = form.getAttribute("data-offline-title") || document.title;
    var summary = form.elements[form.getAttribute("data-offline-summary") || ""];
    return summary && summary.value ? title + "：" + summary.value : title;
  }
  function enqueue(form) {
    var queue = load();
    queue.push({ id: newKey(), url: form.action, body: new URLSearchParams(new FormData(form)).toString(),
      title: titleOf(form), page: location.pathname,
      savedAt: new Date().toLocaleString("zh-CN"), state: "waiting", message: "" });
    save(queue);
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches('form[data-offline="queue"]')) { return; }
    event.preventDefault();
    var key = form.querySelector("[data-client-key]");
    if (key && !key.value) { key.value = newKey(); }
    var replaces = form.getAttribute("data-replaces");
    if (replaces) { save(load().filter(function (e) { return e.id !== replaces; })); }
    var done = function () { form.reset(); if (key) { key.value = ""; } form.removeAttribute("data-replaces"); };
    if (!navigator.onLine) { enqueue(form); done(); notice("已保存在本机，联网后自动提交。"); return; }
    send({ url: form.action, body: new URLSearchParams(new FormData(form)).toString() }).then(function (result) {
      if (result.kind === "sent") { location.href = result.url; return; }
      if (result.kind === "offline") { enqueue(form); done(); notice("网络不通，已保存在本机，联网后自动提交。"); return; }
      var fresh = result.html && new DOMParser().parseFromString(result.html, "text/html").getElementById(form.id);
      if (fresh && fresh.querySelector(".field-error")) { form.innerHTML = fresh.innerHTML; } else { notice(result.message, true); }
    });
  });

  function sync() {
    if (syncing || !navigator.onLine) { return; }
    var waiting = load().filter(function (e) { return e.state === "waiting"; });
    if (!waiting.length) { return; }
    syncing = true;
    var next = function (i) {
      if (i >= waiting.length) { syncing = false; return; }
      send(waiting[i]).then(function (result) {
        if (result.kind === "offline") { syncing = false; return; }
        var queue = load();
        if (result.kind === "sent") {
          save(queue.filter(function (e) { return e.id !== waiting[i].id; }));
          notice("已提交：" + waiting[i].title, false, result.url);
        } else {
          queue.forEach(function (e) { if (e.id === waiting[i].id) { e.state = "refused"; e.message = result.message; } });
          save(queue);
          notice("本机保存的“" + waiting[i].title + "”未能提交，请查看下方说明。", true);
        }
        next(i + 1);
      });
    };
    next(0);
  }

  function notice(text, isError, href) {
    var box = document.getElementById("offline-notice");
    if (!box) { return; }
    box.className = "alert " + (isError ? "error" : "ok");
    box.textContent = text + " ";
    if (href) { var a = document.createElement("a"); a.href = href; a.textContent = "查看"; box.appendChild(a); }
    box.hidden = false;
  }

  function render() {
    var panel = document.getElementById("offline-queue");
    if (!panel) { return; }
    var queue = load();
    panel.hidden = queue.length === 0;
    panel.innerHTML = "";
    if (!queue.length) { return; }
    var h = document.createElement("h2");
    h.textContent = "本机保存、尚未提交（" + queue.length + "）";
    panel.appendChild(h);
    queue.forEach(function (e) {
      var item = document.createElement("div");
      item.className = "queued " + e.state;
      item.setAttribute("data-queued", e.id);
      var title = document.createElement("div");
      title.className = "title";
      title.textContent = e.title + "（" + e.savedAt + "）";
      var state = document.createElement("div");
      state.className = e.state === "refused" ? "field-error" : "facts";
      state.textContent = e.state === "refused" ? "未能提交：" + e.message : "等待联网自动提交";
      item.appendChild(title);
      item.appendChild(state);
      if (e.state === "refused") {
        item.appendChild(button("修改后重新提交", function () { edit(e); }));
        item.appendChild(button("重新提交", function () { e.state = "waiting"; replace(e); sync(); }));
        item.appendChild(button("放弃", function () {
          if (window.confirm("放弃后这份“" + e.title + "”将被删除，确定吗？")) {
            save(load().filter(function (x) { return x.id !== e.id; }));
          }
        }));
      }
      panel.appendChild(item);
    });
  }
  function button(label, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "button small secondary";
    b.textContent = label;
    b.addEventListener("click", onClick);
    return b;
  }
  function replace(entry) { save(load().map(function (x) { return x.id === entry.id ? entry : x; })); }
  // Opens the form again filled with the kept values; the kept entry goes only when the new one is sent or kept.
  function edit(entry) {
    sessionStorage.setItem("jianfu.restore", JSON.stringify(entry));
    location.href = entry.page;
  }
  function restore() {
    var raw = sessionStorage.getItem("jianfu.restore");
    if (!raw) { return; }
    var entry = JSON.parse(raw);
    var form = document.querySelector('form[data-offline="queue"]');
    if (!form || location.pathname !== entry.page) { return; }
    sessionStorage.removeItem("jianfu.restore");
    new URLSearchParams(entry.body).forEach(function (value, name) {
      var field = form.elements[name];
      if (field && name !== "_csrf" && field.type !== "hidden") { field.value = value; }
    });
    form.setAttribute("data-replaces", entry.id);
    notice("请修改后重新提交：" + entry.message, true);
  }

  function connectivity() { document.body.classList.toggle("offline", !navigator.onLine); }
  window.addEventListener("online", function () { connectivity(); sync(); });
  window.addEventListener("offline", connectivity);
  document.addEventListener("DOMContentLoaded", function () { connectivity(); render(); restore(); sync(); });
})();
