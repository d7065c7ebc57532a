// Timed mock exam: autosave each answer as it is chosen, count down to the server's deadline and
// submit when time is up. Progressive enhancement: without this file the form's own buttons save and
// submit, and the server keeps the deadline either way.
(function () {
  "use strict";
  var form = document.getElementById("exam-form");
  if (!form || !window.fetch) { return; }
  var status = document.getElementById("save-status");
  var answeredCount = document.getElementById("answered-count");
  var timer = document.querySelector(".exam-timer");
  var timerValue = document.getElementById("timer-value");
  var csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var pending = {};
  var retryTimer = null;
  var closing = false;

  function say(text) { if (status) { status.textContent = text; } }

  function answerOf(fieldset) {
    var textarea = fieldset.querySelector("textarea");
    if (textarea) { return { text: textarea.value, answered: textarea.value.trim() !== "" }; }
    var values = [];
    fieldset.querySelectorAll("input:checked").forEach(function (input) { values.push(input.value); });
    return { response: values, answered: values.length > 0 };
  }

  function refreshMap(fieldset, answered) {
    var link = document.getElementById("map-" + fieldset.dataset.position);
    if (link) { link.classList.toggle("is-answered", answered); }
    if (answeredCount) { answeredCount.textContent = document.querySelectorAll(".exam-map a.is-answered").length; }
  }

  function save(position, keepalive) {
    var fieldset = document.getElementById("q-" + position);
    var answer = answerOf(fieldset);
    var body = new FormData();
    body.append("csrfmiddlewaretoken", csrf);
    body.append("position", position);
    if (answer.text !== undefined) { body.append("text", answer.text); }
    (answer.response || []).forEach(function (value) { body.append("response", value); });
    say(form.dataset.msgSaving);
    return fetch(form.dataset.saveUrl, { method: "POST", body: body, credentials: "same-origin", keepalive: !!keepalive, headers: { "X-Requested-With": "fetch" } })
      .then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      })
      .then(function (result) {
        if (result.ok) {
          delete pending[position];
          if (!Object.keys(pending).length) { say(form.dataset.msgSaved); }
          if (typeof result.data.seconds_left === "number") { sync(result.data.seconds_left); }
        } else if (result.data.closed) {
          closing = true;
          window.location.href = result.data.result_url;
        } else {
          delete pending[position];
          say(result.data.error);
        }
      })
      .catch(function () {
        say(form.dataset.msgOffline);
        if (!retryTimer) {
          retryTimer = window.setTimeout(function () {
            retryTimer = null;
            Object.keys(pending).forEach(save);
          }, 5000);
        }
      });
  }

  var textTimers = {};
  form.addEventListener("change", function (event) {
    var fieldset = event.target.closest(".exam-question");
    if (!fieldset) { return; }
    var position = fieldset.dataset.position;
    pending[position] = true;
    refreshMap(fieldset, answerOf(fieldset).answered);
    save(position);
  });
  form.addEventListener("input", function (event) {
    if (event.target.tagName !== "TEXTAREA") { return; }
    var fieldset = event.target.closest(".exam-question");
    var position = fieldset.dataset.position;
    pending[position] = true;
    refreshMap(fieldset, answerOf(fieldset).answered);
    say(form.dataset.msgSaving);
    window.clearTimeout(textTimers[position]);
    textTimers[position] = window.setTimeout(function () { delete textTimers[position]; save(position); }, 1500);
  });

  // Leaving the page (a reload, a closed tab, a link) while a written answer waits for its pause:
  // send it now, with keepalive so the request outlives the page.
  window.addEventListener("pagehide", function () {
    Object.keys(textTimers).forEach(function (position) {
      window.clearTimeout(textTimers[position]);
      delete textTimers[position];
      save(position, true);
    });
  });

  form.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    if (closing || !submitter || submitter.value !== "submit") { return; }
    var unanswered = document.querySelectorAll(".exam-map a:not(.is-answered)").length;
    if (unanswered && !window.confirm(form.dataset.msgConfirm)) { event.preventDefault(); }
  });

  // Countdown against the server's clock: the page is told how many seconds are left, and each save
  // answer corrects it. Changing the computer's clock changes nothing on the server.
  var endsAt = Date.now() + parseInt(timer.dataset.secondsLeft, 10) * 1000;
  function sync(secondsLeft) { endsAt = Date.now() + secondsLeft * 1000; }
  function pad(n) { return n < 10 ? "0" + n : "" + n; }
  function tick() {
    var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    var h = Math.floor(left / 3600), m = Math.floor((left % 3600) / 60), s = left % 60;
    timerValue.textContent = (h ? h + ":" : "") + pad(m) + ":" + pad(s);
    timer.classList.toggle("exam-timer--low", left <= 300);
    if (left === 0 && !closing) {
      closing = true;
      say(form.dataset.msgTimeup);
      document.getElementById("auto-submit").value = "1";
      var button = document.getElementById("submit-button");
      form.requestSubmit ? form.requestSubmit(button) : form.submit();
      return;
    }
    window.setTimeout(tick, 1000);
  }
  tick();
})();
