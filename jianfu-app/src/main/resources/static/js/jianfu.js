// Small page helpers; htmx does the rest. Keep this file tiny: phones on weak signals load it.
document.addEventListener("htmx:responseError", function (event) {
  var xhr = event.detail.xhr;
  var status = xhr.status;
  var message = status === 403 ? "无权进行此操作" : status === 404 ? "内容不存在" : "操作失败，请稍后重试";
  if (status === 409 || status === 422) {
    // the server explains refusals in Chinese on its problem page; show that sentence
    var doc = new DOMParser().parseFromString(xhr.responseText, "text/html");
    var p = doc.querySelector(".problem p");
    if (p) { message = p.textContent; }
  }
  var box = document.createElement("p");
  box.className = "alert error";
  box.setAttribute("role", "alert");
  box.textContent = message;
  var main = document.querySelector("main");
  if (main) { main.prepend(box); }
});
document.addEventListener("htmx:sendError", function (event) {
  if (event.detail.elt && event.detail.elt.classList.contains("bell")) { return; } // the count can wait
  var main = document.querySelector("main");
  if (main && !main.querySelector(".alert.send-error")) {
    var box = document.createElement("p");
    box.className = "alert error send-error";
    box.textContent = "网络不通，请联网后再试";
    main.prepend(box);
  }
});
// A form with data-confirm asks first (收回 a document): a slip of the thumb must not withdraw it.
document.addEventListener("submit", function (event) {
  var question = event.target.getAttribute && event.target.getAttribute("data-confirm");
  if (question && !window.confirm(question)) { event.preventDefault(); }
}, true);
// Installable and readable offline: the service worker keeps the pages this user opened.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", function () {
    var user = document.querySelector('meta[name="jianfu-user"]');
    var current = user ? user.content : "";
    navigator.serviceWorker.register("/sw.js").then(function () {
      // another user on this phone must not read the previous user's saved pages
      if (current && localStorage.getItem("jianfu.user") !== current) {
        if (navigator.serviceWorker.controller) { navigator.serviceWorker.controller.postMessage("forget-pages"); }
        localStorage.setItem("jianfu.user", current);
      }
    }).catch(function () { });
  });
  document.addEventListener("submit", function (event) {
    if (/\/logout$/.test(event.target.action || "") && navigator.serviceWorker.controller) {
      navigator.serviceWorker.controller.postMessage("forget-pages");
    }
  });
}
// First visit: the page carried its styles inline; fetch the sheet once so later pages can link it.
window.addEventListener("load", function () {
  if (document.cookie.indexOf("jf_css=") < 0) {
    fetch("/css/jianfu.css", { credentials: "same-origin" }).then(function (r) {
      if (r.ok) { document.cookie = "jf_css=1; max-age=31536000; path=/; SameSite=Lax"; }
    }).catch(function () { });
  }
});
// 字数 as the server counts it (CharacterCount): every code point but spaces and line breaks.
function countCharacters(text) {
  var n = 0;
  for (var ch of text) { if (!/^[\s\u001c-\u001f]$/.test(ch)) { n++; } }
  return n;
}
document.addEventListener("input", function (event) {
  var into = event.target.getAttribute && event.target.getAttribute("data-count-into");
  var out = into && document.getElementById(into);
  if (out) { out.textContent = countCharacters(event.target.value); }
});
// A picker that shows another record (a unit's plan) opens it as soon as it changes.
document.addEventListener("change", function (event) {
  if (event.target.hasAttribute && event.target.hasAttribute("data-submit-on-change") && event.target.form) {
    event.target.form.submit();
  }
});
// The feedback form says, before sending, what the chosen unit tells the 减负办 about the author.
document.addEventListener("change", function (event) {
  var into = event.target.getAttribute && event.target.getAttribute("data-reveals-into");
  var out = into && document.getElementById(into);
  var chosen = out && event.target.selectedOptions && event.target.selectedOptions[0];
  if (chosen && chosen.getAttribute("data-reveals")) { out.textContent = chosen.getAttribute("data-reveals"); }
});
// 全选 in a group of addressees: every unit of one sort (or all), a second tap clears them again.
document.addEventListener("click", function (event) {
  var button = event.target.closest && event.target.closest("[data-select-all]");
  if (!button) { return; }
  // the boxes of the group the button sits in, or of the form it names (inbox rows outside the form use form=)
  var formId = button.getAttribute("data-select-form");
  var group = formId ? document : button.closest("details");
  if (!group) { return; }
  var key = button.getAttribute("data-select-all");
  var selector = "input[type=checkbox][name='" + button.getAttribute("data-select-name") + "']"
    + (formId ? "[form='" + formId + "']" : "");
  var boxes = Array.prototype.filter.call(group.querySelectorAll(selector),
    function (box) { return key === "ALL" || box.getAttribute("data-select-key") === key; });
  var all = boxes.every(function (box) { return box.checked; });
  boxes.forEach(function (box) { box.checked = !all; });
});
