// Small page helpers; htmx does the rest. Keep this file tiny: phones on weak signals load it.
document.addEventListener("htmx:responseError", function (event) {
  var status = event.detail.xhr.status;
  var message = status === 403 ? "无权进行此操作" : status === 404 ? "内容不存在" : "操作失败，请稍后重试";
  var box = document.createElement("p");
  box.className = "alert error";
  box.setAttribute("role", "alert");
  box.textContent = message;
  var main = document.querySelector("main");
  if (main) { main.prepend(box); }
});
