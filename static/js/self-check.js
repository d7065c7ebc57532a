// Self-check quizzes in lessons and a course's final quiz. Progressive enhancement: without this file
// the form posts to the page and the page comes back with the result. With it, the same form is sent
// with fetch and the server's answer (the quiz with its feedback, or a message) replaces the quiz.
// Keys, explanations and legal bases come only in that answer, after the visitor has answered.
(function () {
  "use strict";
  if (!window.fetch || !window.FormData) { return; }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-self-check]")) { return; }
    event.preventDefault();
    var section = form.closest(".self-check");
    var button = form.querySelector("button[type=submit]");
    if (button) { button.disabled = true; }
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" }
    }).then(function (response) {
      if (response.status !== 200 && response.status !== 400) { throw new Error("HTTP " + response.status); }
      return response.text();
    }).then(function (html) {
      var holder = document.createElement("div");
      holder.innerHTML = html.trim();
      var fresh = holder.firstElementChild;
      if (!fresh) { throw new Error("empty answer"); }
      section.replaceWith(fresh);
      var focus = fresh.querySelector("[data-self-check-focus]");
      if (focus) { focus.focus(); focus.scrollIntoView({ block: "start" }); }
    }).catch(function () {
      // Offline or an unexpected answer: fall back to the plain form post.
      form.submit();
    });
  });
})();
