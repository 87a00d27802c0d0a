// The learner's quiz progress and history, kept in this browser's localStorage only:
//   mailsim.quiz.progress  quizzes under way, by address: answers, flags, checked answers, the exam deadline
//   mailsim.quiz.history   finished attempts, newest first
// An answer has the shape the grading API reads: {picked: [option indexes]}, {order: [item indexes]},
// {matches: {"0": "right"}} or {settings: {...}}. Export and import use one JSON file of both.
window.MailsimQuiz = (function () {
  "use strict";
  const PROGRESS = "mailsim.quiz.progress";
  const HISTORY = "mailsim.quiz.history";
  const FORMAT = "mailsim-quiz-history";
  const MAX_ATTEMPTS = 200;
  const MAX_IN_PROGRESS = 10;
  const ID = /^[a-z0-9][a-z0-9-]*$/;

  function read(key, otherwise) {
    try {
      const text = localStorage.getItem(key);
      return text ? JSON.parse(text) : otherwise;
    } catch (e) {
      return otherwise; // unreadable: treated as empty, and left in place for an export to rescue
    }
  }

  function write(key, value) {
    localStorage.setItem(key, JSON.stringify(value));
  }

  function inProgress() { return read(PROGRESS, {}); }

  function progress(key) { return inProgress()[key] || null; }

  function saveProgress(p) {
    const all = inProgress();
    p.savedAt = Date.now();
    all[p.key] = p;
    const keys = Object.keys(all).sort(function (a, b) { return all[b].savedAt - all[a].savedAt; });
    keys.slice(MAX_IN_PROGRESS).forEach(function (k) { delete all[k]; });
    write(PROGRESS, all);
  }

  function dropProgress(key) {
    const all = inProgress();
    delete all[key];
    write(PROGRESS, all);
  }

  function history() { return read(HISTORY, []); }

  function attempt(id) { return history().find(function (a) { return a.id === id; }) || null; }

  function saveAttempt(a) {
    const all = history().filter(function (x) { return x.id !== a.id; });
    all.unshift(a);
    all.sort(function (x, y) { return y.finishedAt - x.finishedAt; });
    write(HISTORY, all.slice(0, MAX_ATTEMPTS));
  }

  /** Question ids of the last n attempts, for the composer to leave out while it can. */
  function recentIds(n) {
    const ids = [];
    history().slice(0, n).forEach(function (a) {
      a.ids.forEach(function (id) { if (ids.indexOf(id) < 0) ids.push(id); });
    });
    return ids;
  }

  /**
   * Spaced review: the questions whose last graded answer was wrong, most recently missed first,
   * at most n. A question missed stays due, quiz after quiz, until it is answered right.
   */
  function dueForReview(n) {
    const last = {};
    history().slice().reverse().forEach(function (a) {
      if (!a.result || !Array.isArray(a.result.missed)) return;
      a.ids.forEach(function (id) { last[id] = a.result.missed.indexOf(id) >= 0 ? a.finishedAt : 0; });
    });
    return Object.keys(last).filter(function (id) { return last[id] > 0; })
      .sort(function (x, y) { return last[y] - last[x]; }).slice(0, n || 30);
  }

  /** An answer the server can grade: a pick, a full order, one match or more, every setting filled in. */
  function complete(answer) {
    if (!answer) return false;
    if (answer.picked) return answer.picked.length > 0;
    if (answer.order) return answer.order.length > 0;
    if (answer.matches) return Object.keys(answer.matches).length > 0;
    if (answer.settings) return missingSettings(answer.settings).length === 0;
    return false;
  }

  const SETTINGS = [["incomingType", "the account type (IMAP or POP3)"], ["incomingServer", "the incoming mail server"],
    ["incomingPort", "the incoming port"], ["incomingSecurity", "the incoming security"],
    ["outgoingServer", "the outgoing mail server"], ["outgoingPort", "the outgoing port"],
    ["outgoingSecurity", "the outgoing security"]];

  function missingSettings(s) {
    return SETTINGS.filter(function (f) { return s[f[0]] === undefined || s[f[0]] === null || String(s[f[0]]).trim() === ""; })
      .map(function (f) { return f[1]; });
  }

  function exportFile() {
    return JSON.stringify({ format: FORMAT, version: 1, exportedAt: new Date().toISOString(),
      attempts: history(), inProgress: inProgress() }, null, 2);
  }

  /**
   * Checks an export file and adds what it holds; nothing is changed when anything is wrong.
   * Returns {ok: true, added, already, resumed} or {ok: false, problems: ["where: what"]}.
   */
  function importFile(text) {
    let data;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return { ok: false, problems: ["The file is not JSON (" + e.message + "). Choose a file that mailsim's Export made."] };
    }
    const problems = [];
    if (!data || typeof data !== "object" || Array.isArray(data)) {
      return { ok: false, problems: ["The file holds " + (Array.isArray(data) ? "a list" : typeof data) + ", not a mailsim quiz history."] };
    }
    if (data.format !== FORMAT) problems.push("format: expected \"" + FORMAT + "\", found " + JSON.stringify(data.format) + " — this is not a mailsim quiz history file.");
    if (data.version !== 1) problems.push("version: expected 1, found " + JSON.stringify(data.version) + ".");
    if (!Array.isArray(data.attempts)) problems.push("attempts: expected a list of attempts.");
    else data.attempts.forEach(function (a, i) { checkAttempt(a, "attempts[" + i + "]", problems); });
    if (data.inProgress !== undefined && (typeof data.inProgress !== "object" || Array.isArray(data.inProgress) || data.inProgress === null)) {
      problems.push("inProgress: expected an object of quizzes under way.");
    } else if (data.inProgress) {
      Object.keys(data.inProgress).forEach(function (k) { checkProgress(data.inProgress[k], "inProgress[" + JSON.stringify(k) + "]", k, problems); });
    }
    if (problems.length) return { ok: false, problems: problems };
    const have = {};
    history().forEach(function (a) { have[a.id] = true; });
    let added = 0, already = 0;
    data.attempts.forEach(function (a) { if (have[a.id]) already++; else { saveAttempt(a); added++; } });
    let resumed = 0;
    Object.keys(data.inProgress || {}).forEach(function (k) { if (!progress(k)) { saveProgress(data.inProgress[k]); resumed++; } });
    return { ok: true, added: added, already: already, resumed: resumed };
  }

  function checkAttempt(a, where, problems) {
    if (!a || typeof a !== "object") { problems.push(where + ": expected an attempt (an object)."); return; }
    if (typeof a.id !== "string" || !a.id) problems.push(where + ".id: expected a text id.");
    checkQuiz(a, where, problems);
    if (typeof a.finishedAt !== "number") problems.push(where + ".finishedAt: expected a time (milliseconds since 1970).");
  }

  function checkProgress(p, where, key, problems) {
    if (!p || typeof p !== "object") { problems.push(where + ": expected a quiz under way (an object)."); return; }
    if (p.key !== key) problems.push(where + ".key: expected " + JSON.stringify(key) + ".");
    checkQuiz(p, where, problems);
    if (!Array.isArray(p.flags)) problems.push(where + ".flags: expected a list of question ids.");
  }

  function checkQuiz(q, where, problems) {
    if (typeof q.key !== "string" || q.key.indexOf("/quiz/take?") !== 0) problems.push(where + ".key: expected a quiz address (/quiz/take?…).");
    if (q.mode !== "study" && q.mode !== "exam") problems.push(where + ".mode: expected \"study\" or \"exam\", found " + JSON.stringify(q.mode) + ".");
    if (!Array.isArray(q.ids) || q.ids.length === 0 || !q.ids.every(function (id) { return typeof id === "string" && ID.test(id); })) {
      problems.push(where + ".ids: expected a list of question ids (lower-case letters, digits, hyphens).");
    }
    if (!q.answers || typeof q.answers !== "object" || Array.isArray(q.answers)) {
      problems.push(where + ".answers: expected an object of answers by question id.");
      return;
    }
    Object.keys(q.answers).forEach(function (id) {
      const problem = answerProblem(q.answers[id]);
      if (problem) problems.push(where + ".answers[" + JSON.stringify(id) + "]: " + problem);
      else if (Array.isArray(q.ids) && q.ids.indexOf(id) < 0) problems.push(where + ".answers[" + JSON.stringify(id) + "]: not a question of this quiz.");
    });
  }

  function answerProblem(a) {
    if (!a || typeof a !== "object" || Array.isArray(a)) return "expected an answer (an object).";
    const kinds = ["picked", "order", "matches", "settings"].filter(function (k) { return k in a; });
    if (kinds.length !== 1) return "an answer has exactly one of picked, order, matches or settings.";
    const v = a[kinds[0]];
    if (kinds[0] === "picked" || kinds[0] === "order") {
      return Array.isArray(v) && v.every(function (n) { return Number.isInteger(n) && n >= 0; }) ? null : kinds[0] + " is a list of option numbers (0, 1, 2…).";
    }
    return v && typeof v === "object" && !Array.isArray(v) ? null : kinds[0] + " is an object.";
  }

  function clearHistory() {
    localStorage.removeItem(HISTORY);
  }

  return { progress: progress, inProgress: inProgress, saveProgress: saveProgress, dropProgress: dropProgress,
    history: history, attempt: attempt, saveAttempt: saveAttempt, recentIds: recentIds, dueForReview: dueForReview, complete: complete,
    missingSettings: missingSettings, exportFile: exportFile, importFile: importFile, clearHistory: clearHistory };
})();
