// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Phone menu: without JavaScript the menu is simply shown; with it, a button folds it away.
  var toggle = document.querySelector(".site-menu__toggle");
  var menu = document.getElementById("site-menu");
  if (toggle && menu) {
    document.documentElement.classList.add("js-menu");
    toggle.hidden = false;
    var setOpen = function (open) {
      menu.classList.toggle("is-open", open);
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    };
    toggle.addEventListener("click", function () {
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.classList.contains("is-open")) {
        setOpen(false);
        toggle.focus();
      }
    });
  }
  // Sort menus apply as soon as a choice is made.
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
  // On a phone the catalogue's filters start folded away, so the results come first.
  if (window.matchMedia("(max-width: 899px)").matches) {
    document.querySelectorAll("details[data-collapse-on-phone]").forEach(function (d) { d.removeAttribute("open"); });
  }
  // Prevent a double click from submitting a form twice.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset.submitting === "1") { event.preventDefault(); return; }
    form.dataset.submitting = "1";
    window.setTimeout(function () { form.dataset.submitting = ""; }, 4000);
  }, true);
})();
