// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Close the phone menu when the visitor presses Escape.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var menu = document.querySelector(".site-menu[open]");
    if (menu) {
      menu.removeAttribute("open");
      var toggle = menu.querySelector("summary");
      if (toggle) toggle.focus();
    }
  });
  // Prevent a double click from submitting a form twice.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset.submitting === "1") { event.preventDefault(); return; }
    form.dataset.submitting = "1";
    window.setTimeout(function () { form.dataset.submitting = ""; }, 4000);
  }, true);
})();
