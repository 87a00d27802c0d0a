// The results page: the attempt named in ?attempt= is read from this browser's history and graded
// by the server (POST /api/quiz/results); the score is written back into the history.
(function () {
  "use strict";
  const Q = window.MailsimQuiz;
  const R = window.MailsimReview;
  const D = window.MailsimDom;
  const el = D.el;
  const status = document.getElementById("results-status");
  const error = document.getElementById("results-error");
  const id = new URLSearchParams(window.location.search).get("attempt");
  const attempt = id ? Q.attempt(id) : null;

  function fail(text) {
    status.textContent = "";
    error.replaceChildren(el("p", { class: "warning", text: text }), el("p", {}, el("a", { href: "/quiz", class: "button", text: "Back to the quizzes" })));
  }

  if (!attempt) {
    fail(id ? "This attempt is not in this browser's quiz history. If you exported it, import the file on the quizzes page."
      : "No attempt was named. Your finished quizzes are listed on the quizzes page.");
    return;
  }

  function row(b) {
    return el("tr", {}, el("th", { scope: "row", text: b.label }), el("td", { class: "num", text: b.right + " of " + b.total }),
      el("td", { class: "num" }, el("span", { class: "bar", style: "--score:" + Math.round(100 * b.right / b.total) + "%", "aria-hidden": "true" }),
        " " + Math.round(100 * b.right / b.total) + "%"));
  }

  function retryHref(missed) {
    return "/quiz/take?ids=" + encodeURIComponent(missed.join(",")) + "&mode=study";
  }

  function show(result) {
    status.textContent = "";
    document.getElementById("results-title").textContent = (attempt.mode === "exam" ? "Exam" : "Study") + " results — " + (attempt.describe || "");
    document.getElementById("score-value").textContent = result.right + " of " + result.total + " right";
    document.getElementById("score-percent").textContent = "(" + result.percent + "%)";
    document.getElementById("score-detail").textContent = "Finished " + D.when(attempt.finishedAt)
      + (attempt.timedOut ? " when the time ran out" : "") + ". Partial credit, for your information: "
      + result.partial.toFixed(1) + " of " + result.total + "."
      + ({ "1": " Recorded for your class.", "0": " It could not be recorded for your class: tell your instructor." }[
        new URLSearchParams(window.location.search).get("recorded")] || "");
    const retry = document.getElementById("retry-missed");
    if (result.missed.length) retry.href = retryHref(result.missed); else retry.hidden = true;
    document.getElementById("retake").href = attempt.key;
    document.getElementById("score").hidden = false;

    document.querySelector("#by-objective tbody").replaceChildren.apply(document.querySelector("#by-objective tbody"), result.byObjective.map(row));
    document.querySelector("#by-topic tbody").replaceChildren.apply(document.querySelector("#by-topic tbody"), result.byTopic.map(row));
    document.querySelector(".breakdowns").hidden = false;

    const wrong = result.questions.filter(function (q) { return !q.correct; });
    const right = result.questions.filter(function (q) { return q.correct; });
    const wrongList = document.getElementById("wrong-list");
    wrongList.replaceChildren.apply(wrongList, wrong.map(function (q) { return R.question(q.number, q.review); }));
    document.getElementById("wrong").hidden = wrong.length === 0;
    R.showDecisive(wrongList);
    const rightList = document.getElementById("right-list");
    rightList.replaceChildren.apply(rightList, right.map(function (q) {
      return el("details", { class: "review-right" }, el("summary", {}, "Question " + q.number + ": ", D.rich(q.review.stem)), R.question(q.number, q.review));
    }));
    document.getElementById("right").hidden = right.length === 0;

    attempt.result = { right: result.right, total: result.total, missed: result.missed };
    Q.saveAttempt(attempt);
    document.getElementById("results-title").focus();
  }

  fetch("/api/quiz/results", { method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ ids: attempt.ids, answers: attempt.answers }) })
    .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
    .then(function (res) { if (res.ok) show(res.body); else fail("The server could not grade this attempt: " + res.body.error); })
    .catch(function () { fail("The server did not answer. Is mailsim still running? Your attempt is kept; reload to try again."); });
})();
