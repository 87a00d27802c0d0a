// Taking a quiz: one question at a time, the question grid, keyboard answering, study-mode
// checking, exam-mode timing and flags. Every answer is saved in localStorage as it changes, so a
// reload loses nothing; grading is always the server's (POST /api/quiz/grade), never this script's.
// Reading and writing an answer in a question's form is quiz-form.js's.
(function () {
  "use strict";
  const Q = window.MailsimQuiz;
  const F = window.MailsimForm;
  const D = window.MailsimDom;
  const main = document.querySelector(".quiz-main");
  if (!main) return;
  const exam = main.dataset.mode === "exam";
  const forms = Array.from(document.querySelectorAll("form.question"));
  const ids = forms.map(function (f) { return f.dataset.id; });
  const gridButtons = Array.from(document.querySelectorAll(".grid-button"));
  const keys = document.getElementById("keys");
  const submitDialog = document.getElementById("submit-dialog");
  let finishing = false;

  document.querySelectorAll(".js-only").forEach(function (e) { e.hidden = false; });

  // The quiz under way: restored if this address was started before, else begun now.
  let p = Q.progress(main.dataset.key);
  if (!p) {
    const now = Date.now();
    p = { key: main.dataset.key, describe: main.dataset.describe, mode: main.dataset.mode, ids: ids, answers: {}, flags: [],
      checked: {}, position: 0, startedAt: now, deadline: exam ? now + Number(main.dataset.minutes) * 60000 : null };
    Q.saveProgress(p);
  }
  p.checked = p.checked || {}; // an imported quiz under way may not have been checked yet
  function save() { Q.saveProgress(p); }

  /** Saves the form's answer. An ordering question's is saved from its first move (it never starts in order). */
  function remember(form) {
    const a = F.answerOf(form);
    if (a) p.answers[form.dataset.id] = a; else delete p.answers[form.dataset.id];
    save();
    updateGrid();
  }

  // ---- Ordering: move up / down buttons, and the arrow keys on them ----

  function move(button) {
    const li = button.closest(".order-item");
    const form = li.closest("form");
    if (p.checked[form.dataset.id] || finishing) return;
    const step = Number(button.dataset.move);
    const other = step < 0 ? li.previousElementSibling : li.nextElementSibling;
    if (!other) return;
    if (step < 0) other.before(li); else other.after(li);
    F.renumber(form);
    const items = Array.from(form.querySelectorAll(".order-item"));
    form.querySelector(".order-status").textContent = "“" + li.querySelector(".text").textContent.trim() + "” is now "
      + (items.indexOf(li) + 1) + " of " + items.length + ".";
    button.focus();
    remember(form);
  }

  // ---- Showing a question, the grid ----

  function show(i) {
    if (i < 0 || i >= forms.length) return;
    p.position = i;
    save();
    forms.forEach(function (f, n) { f.hidden = n !== i; });
    gridButtons.forEach(function (b, n) { if (n === i) b.setAttribute("aria-current", "step"); else b.removeAttribute("aria-current"); });
    const form = forms[i];
    if (p.checked[form.dataset.id] && !form.querySelector(".feedback").hasChildNodes()) check(form, true);
    form.querySelector(".question-title").focus();
  }

  /** Answered in full: a "Choose 3" question needs exactly 3 picks (the server refuses any other number). */
  function answered(id) { return Q.complete(p.answers[id]) && picksMissing(id) === 0; }
  function picksMissing(id) {
    const form = forms.find(function (f) { return f.dataset.id === id; });
    const need = form && form.dataset.choose ? Number(form.dataset.choose) : 0;
    const a = p.answers[id];
    return need && a && a.picked ? need - a.picked.length : 0;
  }

  function updateGrid() {
    let done = 0, flagged = 0;
    forms.forEach(function (form, n) {
      const id = form.dataset.id;
      const isFlagged = p.flags.indexOf(id) >= 0;
      const graded = p.checked[id];
      if (answered(id)) done++;
      if (isFlagged) flagged++;
      const words = [answered(id) ? "answered" : "not answered"];
      let mark = answered(id) ? "●" : "○";
      if (graded) { words.push(graded.correct ? "right" : "wrong"); mark = graded.correct ? "✓" : "✗"; }
      if (isFlagged) { words.push("flagged"); mark += "⚑"; }
      const b = gridButtons[n];
      b.setAttribute("aria-label", "Question " + (n + 1) + ": " + words.join(", "));
      b.className = "grid-button" + (answered(id) ? " answered" : "") + (isFlagged ? " flagged" : "")
        + (graded ? (graded.correct ? " right" : " wrong") : "");
      b.querySelector(".state").textContent = mark;
      form.querySelector(".flag").setAttribute("aria-pressed", isFlagged ? "true" : "false");
      form.querySelector(".flag-badge").hidden = !isFlagged;
    });
    document.getElementById("grid-summary").textContent = done + " of " + forms.length + " answered"
      + (flagged ? ", " + flagged + " flagged" : "") + ".";
  }

  function flag(form) {
    const id = form.dataset.id;
    const at = p.flags.indexOf(id);
    if (at >= 0) p.flags.splice(at, 1); else p.flags.push(id);
    save();
    updateGrid();
  }

  // ---- Study mode: the server grades, the page shows why ----

  function lock(form) {
    form.querySelectorAll("input, select, .move, .check").forEach(function (e) { e.disabled = true; });
  }

  function message(form, text) {
    form.querySelector(".form-message").textContent = text;
  }

  function check(form, again) {
    const id = form.dataset.id;
    const a = p.answers[id];
    const short = picksMissing(id);
    if (Q.complete(a) && short !== 0) {
      const need = Number(form.dataset.choose);
      message(form, "Choose " + need + ": you have picked " + a.picked.length + (short > 0 ? "; pick " + short + " more." : "; untick " + (-short) + "."));
      return;
    }
    if (!Q.complete(a)) {
      const missing = a && a.settings ? Q.missingSettings(a.settings) : [];
      message(form, missing.length ? "Fill in " + missing.join(", ") + " first."
        : form.dataset.type === "ordering" ? "Move the items into order first." : "Choose an answer first.");
      return;
    }
    message(form, again ? "" : "Checking…");
    fetch("/api/quiz/grade", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ id: id, answer: a }) })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (!res.ok) { message(form, res.body.error || "The server could not grade this answer."); return; }
        message(form, "");
        p.checked[id] = { correct: res.body.correct, partial: res.body.partial };
        save();
        lock(form);
        const box = form.querySelector(".feedback");
        const shown = Array.from(form.querySelectorAll("input[name=pick]")).map(function (i) { return Number(i.value); });
        box.replaceChildren.apply(box, window.MailsimReview.render(res.body.review, shown.length ? shown : null));
        box.append(D.el("p", { class: "small muted", text: forms.indexOf(form) < forms.length - 1
          ? "Enter: the next question." : "That was the last question: Finish and see results when you are ready." }));
        box.hidden = false;
        window.MailsimReview.showDecisive(box);
        if (!again) box.focus();
        updateGrid();
      })
      .catch(function () { message(form, "The server did not answer. Is mailsim still running? Your answer is kept; try again."); });
  }

  // ---- Finishing: the attempt goes into the history and the results page grades it ----

  function finish(timedOut) {
    if (finishing) return;
    finishing = true;
    const answers = {};
    ids.forEach(function (id) { if (answered(id)) answers[id] = p.answers[id]; }); // a short pick counts as not answered
    const attempt = { id: "a" + Date.now().toString(36) + Math.random().toString(36).slice(2, 6), key: p.key, describe: p.describe,
      mode: p.mode, ids: ids, answers: answers, flags: p.flags, startedAt: p.startedAt, finishedAt: Date.now(), timedOut: !!timedOut };
    Q.saveAttempt(attempt);
    Q.dropProgress(p.key);
    const results = "/quiz/results?attempt=" + encodeURIComponent(attempt.id);
    if (!main.dataset.class) { window.location.href = results; return; }
    // A class assignment: the server grades and records it for the instructor, then the results show as always.
    fetch("/api/classes/" + encodeURIComponent(main.dataset.class) + "/attempts", { method: "POST",
      headers: { "Content-Type": "application/json", "Authorization": "Bearer " + main.dataset.token },
      body: JSON.stringify({ assignmentId: Number(main.dataset.assignment), answers: answers }) })
      .then(function (r) { window.location.href = results + (r.ok ? "&recorded=1" : "&recorded=0"); })
      .catch(function () { window.location.href = results + "&recorded=0"; });
  }

  function askToSubmit() {
    if (!exam) { finish(false); return; }
    const open = ids.filter(function (id) { return !answered(id); }).length;
    const flagged = p.flags.length;
    document.getElementById("submit-summary").textContent = (open ? open + " of " + ids.length + " questions not answered. " : "All questions answered. ")
      + (flagged ? flagged + " flagged for review." : "None flagged.");
    submitDialog.returnValue = "";
    submitDialog.showModal();
  }
  submitDialog.addEventListener("close", function () { if (submitDialog.returnValue === "submit") finish(false); });

  // ---- Exam mode: the countdown, from the deadline saved when the quiz began ----

  function tick() {
    const left = p.deadline - Date.now();
    if (left <= 0) { document.getElementById("timer-value").textContent = "0:00"; finish(true); return; }
    const s = Math.ceil(left / 1000);
    document.getElementById("timer-value").textContent = Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
    const warning = document.getElementById("timer-warning");
    if (s === 300 || s === 60) warning.textContent = (s / 60) + (s === 60 ? " minute" : " minutes") + " left.";
    document.getElementById("timer").classList.toggle("low", s <= 60);
  }

  // ---- Wiring ----

  forms.forEach(function (form) {
    F.restore(form, p.answers[form.dataset.id]);
    if (p.checked[form.dataset.id]) lock(form);
    form.addEventListener("change", function () { if (!p.checked[form.dataset.id]) remember(form); });
    form.addEventListener("input", function (e) { if (e.target.matches("input[type=text], input[type=number]")) remember(form); });
    form.addEventListener("submit", function (e) { e.preventDefault(); primary(form); });
    form.addEventListener("click", function (e) {
      const b = e.target.closest("button");
      if (!b || b.type === "submit") return;
      if (b.classList.contains("move")) move(b);
      else if (b.classList.contains("prev")) show(forms.indexOf(form) - 1);
      else if (b.classList.contains("next")) show(forms.indexOf(form) + 1);
      else if (b.classList.contains("flag")) flag(form);
    });
  });
  gridButtons.forEach(function (b) { b.addEventListener("click", function () { show(Number(b.dataset.goto)); }); });
  document.getElementById("finish").addEventListener("click", askToSubmit);
  document.getElementById("keys-open").addEventListener("click", function () { keys.showModal(); });

  /** Enter: in study mode check the answer, then (once checked) go on; in exam mode go on. */
  function primary(form) {
    const i = forms.indexOf(form);
    if (!exam && !p.checked[form.dataset.id]) { check(form, false); return; }
    if (i < forms.length - 1) show(i + 1); else document.getElementById("finish").focus();
  }

  /** 1–9: the option of that number (ticked, or unticked in a multiple select), or row of a matching or ordering question. */
  function pick(form, n) {
    if (p.checked[form.dataset.id]) return;
    const inputs = form.querySelectorAll("input[name=pick]");
    if (inputs.length) {
      const input = inputs[n - 1];
      if (!input) return;
      input.checked = input.type === "checkbox" ? !input.checked : true;
      input.focus();
      remember(form);
      return;
    }
    const rows = form.querySelectorAll("select[data-left], .order-item .move[data-move='-1']");
    if (rows[n - 1]) rows[n - 1].focus();
  }

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || keys.open || submitDialog.open || finishing) return;
    const form = forms[p.position];
    const t = e.target;
    const typing = t.matches("input[type=text], input[type=number], textarea");
    if (e.key === "Enter") {
      if (t.matches("button, a, select, textarea, summary")) return; // their own Enter
      e.preventDefault();
      primary(form);
      return;
    }
    if (typing || t.matches("select")) return;
    if ((e.key === "ArrowUp" || e.key === "ArrowDown") && t.matches(".order-item .move")) {
      e.preventDefault();
      const li = t.closest(".order-item");
      move(li.querySelector('.move[data-move="' + (e.key === "ArrowUp" ? -1 : 1) + '"]'));
      return;
    }
    const inGroup = t.matches("input[type=radio]");
    switch (e.key) {
      case "ArrowRight": if (inGroup) return; show(p.position + 1); break;
      case "ArrowLeft": if (inGroup) return; show(p.position - 1); break;
      case "n": show(p.position + 1); break;
      case "p": show(p.position - 1); break;
      case "f": flag(form); break;
      case "?": keys.showModal(); break;
      default:
        if (/^[1-9]$/.test(e.key)) { pick(form, Number(e.key)); break; }
        return;
    }
    e.preventDefault();
  });

  updateGrid();
  if (exam) {
    document.getElementById("timer").hidden = false;
    tick();
    setInterval(tick, 500);
  }
  if (!finishing) show(Math.min(p.position || 0, forms.length - 1));
})();
