// The quiz setup page: objectives follow the chosen exam, the time limit shows in exam mode, recent
// questions are left out, and the attempt history is listed, exported and imported.
(function () {
  "use strict";
  const Q = window.MailsimQuiz;
  const D = window.MailsimDom;
  const el = D.el;
  const form = document.getElementById("quiz-setup");
  if (!form) return;
  document.querySelectorAll(".js-only").forEach(function (e) { e.hidden = false; });

  // Objectives belong to one exam: only the chosen exam's are offered (and sent).
  function syncObjectives() {
    const chosen = form.querySelector("input[name=exam]:checked");
    const exam = chosen ? chosen.value : "";
    let shown = 0;
    form.querySelectorAll(".objective-group").forEach(function (g) {
      const mine = g.dataset.exam === exam;
      g.disabled = !mine;
      g.hidden = !mine;
      if (mine) shown++;
    });
    document.getElementById("objectives-hint").hidden = shown > 0;
  }
  function syncMinutes() {
    const mode = form.querySelector("input[name=mode]:checked");
    form.querySelector(".minutes").hidden = !(mode && mode.value === "exam");
  }
  // Until the learner sets a time limit, it follows the count: a minute and a half a question.
  const minutes = document.getElementById("minutes");
  let minutesTouched = false;
  minutes.addEventListener("input", function () { minutesTouched = true; });
  document.getElementById("count").addEventListener("input", function (e) {
    const n = Number(e.target.value);
    if (!minutesTouched && n > 0) minutes.value = Math.ceil(n * 1.5);
  });
  form.addEventListener("change", function () { syncObjectives(); syncMinutes(); });
  syncObjectives();
  syncMinutes();

  form.addEventListener("submit", function () {
    form.querySelectorAll("input[name=avoid], input[name=review]").forEach(function (old) { old.remove(); });
    const due = Q.dueForReview(30);
    if (document.getElementById("review-missed").checked && due.length) {
      form.append(el("input", { type: "hidden", name: "review", value: due.join(",") }));
    }
    if (!document.getElementById("avoid-recent").checked) return;
    const recent = Q.recentIds(3);
    if (recent.length) form.append(el("input", { type: "hidden", name: "avoid", value: recent.join(",") }));
  });

  // ---- Quizzes under way ----
  function listInProgress() {
    const all = Q.inProgress();
    const keys = Object.keys(all).sort(function (a, b) { return all[b].savedAt - all[a].savedAt; });
    const list = document.getElementById("in-progress-list");
    list.replaceChildren.apply(list, keys.map(function (k) {
      const p = all[k];
      const done = p.ids.filter(function (id) { return Q.complete(p.answers[id]); }).length;
      return el("li", {}, el("a", { href: k, text: (p.mode === "exam" ? "Exam" : "Study") + " quiz: " + (p.describe || "") }),
        el("span", { class: "muted", text: " — " + done + " of " + p.ids.length + " answered, last saved " + D.when(p.savedAt) }));
    }));
    document.getElementById("in-progress").hidden = keys.length === 0;
  }

  // ---- History ----
  function listHistory() {
    const attempts = Q.history();
    const body = document.querySelector("#history-table tbody");
    body.replaceChildren.apply(body, attempts.map(function (a) {
      const score = a.result ? a.result.right + " of " + a.result.total + " (" + Math.round(100 * a.result.right / a.result.total) + "%)" : "not graded yet";
      return el("tr", {}, el("td", { text: D.when(a.finishedAt) }), el("td", { text: a.describe || a.ids.length + " questions" }),
        el("td", { text: (a.mode === "exam" ? "exam" : "study") + (a.timedOut ? ", time ran out" : "") }), el("td", { text: score }),
        el("td", {}, el("a", { href: "/quiz/results?attempt=" + encodeURIComponent(a.id), text: "Review" })));
    }));
    document.getElementById("history-table").hidden = attempts.length === 0;
    document.getElementById("history-empty").hidden = attempts.length > 0;
  }

  const status = document.getElementById("history-status");
  const error = document.getElementById("history-error");

  document.getElementById("export-history").addEventListener("click", function () {
    const blob = new Blob([Q.exportFile()], { type: "application/json" });
    const a = el("a", { href: URL.createObjectURL(blob), download: "mailsim-quiz-history-" + new Date().toISOString().slice(0, 10) + ".json" });
    document.body.append(a);
    a.click();
    a.remove();
    error.replaceChildren();
    status.textContent = "Exported " + Q.history().length + " attempts.";
  });

  document.getElementById("import-history").addEventListener("change", function (e) {
    const file = e.target.files[0];
    if (!file) return;
    file.text().then(function (text) {
      const result = Q.importFile(text);
      e.target.value = "";
      if (!result.ok) {
        status.textContent = "";
        error.replaceChildren(el("p", { text: "Nothing was imported from " + file.name + ":" }),
          el("ul", {}, result.problems.slice(0, 10).map(function (p) { return el("li", { text: p }); })),
          result.problems.length > 10 ? el("p", { text: "… and " + (result.problems.length - 10) + " more problems." }) : null);
        return;
      }
      error.replaceChildren();
      status.textContent = "Imported " + result.added + (result.added === 1 ? " attempt" : " attempts") + " from " + file.name
        + (result.already ? " (" + result.already + " were already here)" : "")
        + (result.resumed ? " and " + result.resumed + (result.resumed === 1 ? " quiz" : " quizzes") + " under way" : "") + ".";
      listHistory();
      listInProgress();
    });
  });

  document.getElementById("clear-history").addEventListener("click", function () {
    if (!window.confirm("Delete every finished attempt from this browser? Export them first if you want to keep them.")) return;
    Q.clearHistory();
    status.textContent = "History cleared.";
    listHistory();
  });

  listInProgress();
  listHistory();
})();
