// The guided course's progress, kept in this browser's localStorage only (no account, nothing on the server):
//   mailsim.course  {watched: {scenarioId: time}, exercises: {exerciseId: time}, last: lessonId}
// A lesson's quiz counts as taken once the quiz history (mailsim.quiz.history, see quiz-store.js) holds a
// graded attempt of a quiz on its scenario. Loaded by the course pages, the player, the lab and the home page.
window.MailsimCourse = (function () {
  "use strict";
  const KEY = "mailsim.course";
  const HISTORY = "mailsim.quiz.history";

  function load(key, otherwise) {
    try {
      const text = localStorage.getItem(key);
      return text ? JSON.parse(text) : otherwise;
    } catch (e) {
      return otherwise;
    }
  }

  function progress() {
    const p = load(KEY, {});
    return { watched: p.watched || {}, exercises: p.exercises || {}, last: p.last || null };
  }

  function save(p) { localStorage.setItem(KEY, JSON.stringify(p)); }

  function markWatched(scenario) {
    const p = progress();
    if (!p.watched[scenario]) { p.watched[scenario] = Date.now(); save(p); }
  }

  function exercisesDone(ids) {
    const p = progress();
    let changed = false;
    ids.forEach(function (id) { if (!p.exercises[id]) { p.exercises[id] = Date.now(); changed = true; } });
    if (changed) save(p);
  }

  function visited(lesson) {
    const p = progress();
    p.last = lesson;
    save(p);
  }

  /** The newest graded attempt of a quiz on this scenario: {right, total}, or null. */
  function quizResult(scenario) {
    const pattern = new RegExp("[?&]scenario=" + scenario.replace(/[^a-z0-9-]/g, "") + "(&|$)");
    const attempts = load(HISTORY, []);
    for (let i = 0; i < attempts.length; i++) {
      const a = attempts[i];
      if (a && typeof a.key === "string" && pattern.test(a.key) && a.result) return a.result;
    }
    return null;
  }

  /** Where a lesson stands: each part done or not (practise is null when the lesson has no exercise). */
  function status(lesson) {
    const p = progress();
    const s = { watch: !!p.watched[lesson.scenario], practise: lesson.exercise ? !!p.exercises[lesson.exercise] : null,
      quiz: quizResult(lesson.scenario) };
    const parts = [s.watch, s.quiz !== null].concat(s.practise === null ? [] : [s.practise]);
    s.of = parts.length;
    s.done = parts.filter(Boolean).length;
    s.complete = s.done === s.of;
    return s;
  }

  /** The lesson to go on with: the last one opened if unfinished, else the first unfinished after it (or from the start). */
  function continueWith(lessons) {
    const p = progress();
    const at = Math.max(0, lessons.findIndex(function (l) { return l.id === p.last; }));
    const order = lessons.slice(at).concat(lessons.slice(0, at));
    return order.find(function (l) { return !status(l).complete; }) || null;
  }

  function words(s) {
    if (s.complete) return "✓ done" + (s.quiz ? " · quiz " + s.quiz.right + " of " + s.quiz.total : "");
    return s.done + " of " + s.of + " parts done";
  }

  function fromElement(e) {
    return { id: e.dataset.lesson, scenario: e.dataset.scenario, exercise: e.dataset.exercise || null,
      title: e.querySelector("a strong") ? e.querySelector("a strong").textContent : "", href: "/course/" + e.dataset.lesson };
  }

  function showContinue(box, lessons) {
    if (!box) return;
    const started = Object.keys(progress().watched).length + Object.keys(progress().exercises).length > 0 || progress().last;
    const next = continueWith(lessons);
    const link = box.querySelector("a");
    const note = box.querySelector(".muted");
    if (!next) {
      link.href = "/course";
      link.textContent = "Course finished: review it";
      note.textContent = " Every lesson is done.";
    } else {
      const n = lessons.indexOf(next) + 1;
      link.href = "/course/" + next.id;
      link.textContent = (started ? "Continue where you left off: lesson " : "Start the course: lesson ") + n + " ▶";
      note.textContent = " " + next.title + " — " + words(status(next)) + ".";
    }
    box.hidden = false;
  }

  function mark(part, done, extra) {
    if (!part) return;
    part.classList.toggle("done", done);
    part.querySelector(".done-mark").textContent = done ? "✓" : "○";
    part.querySelector(".status").textContent = done ? "done" : "not done yet";
    if (extra !== undefined) part.querySelector(".quiz-score").textContent = extra;
  }

  function wireCoursePage() {
    const rows = Array.prototype.slice.call(document.querySelectorAll(".lesson-row"));
    const lessons = rows.map(fromElement);
    rows.forEach(function (row, i) {
      const s = status(lessons[i]);
      row.classList.toggle("done", s.complete);
      row.querySelector(".lesson-progress").textContent = "— " + words(s);
    });
    showContinue(document.getElementById("course-continue"), lessons);
  }

  function wireLessonPage(main) {
    const lesson = fromElement(main);
    visited(lesson.id);
    const s = status(lesson);
    mark(main.querySelector("[data-part=watch]"), s.watch);
    mark(main.querySelector("[data-part=practise]"), !!s.practise);
    mark(main.querySelector("[data-part=quiz]"), s.quiz !== null, s.quiz ? "Last score: " + s.quiz.right + " of " + s.quiz.total + "." : "");
    const quiz = main.querySelector("a.lesson-quiz");
    if (quiz) quiz.href = withReview(quiz.href);
  }

  /** A lesson quiz's address with the questions due for review (missed before) added. */
  function withReview(href) {
    const due = window.MailsimQuiz ? window.MailsimQuiz.dueForReview(30) : [];
    return due.length ? href + "&review=" + encodeURIComponent(due.join(",")) : href;
  }

  // The player's Next at the last step of a lesson's scenario: the page lists the lesson's stops in
  // order (lab, quiz, next lesson); Next goes to the first one this student has not done yet.
  function wireOnward(next) {
    const lesson = { id: next.dataset.lesson, scenario: next.dataset.scenario, exercise: next.dataset.exercise || null };
    markWatched(lesson.scenario);
    visited(lesson.id);
    const s = status(lesson);
    const done = { PRACTISE: !!s.practise, QUIZ: s.quiz !== null };
    const stop = Array.prototype.find.call(document.querySelectorAll(".onward-stops li"), function (li) { return !done[li.dataset.part]; });
    if (!stop) return;
    next.href = stop.dataset.part === "QUIZ" ? withReview(stop.dataset.href) : stop.dataset.href;
    next.textContent = stop.textContent;
    next.title = stop.textContent;
  }

  function wireLab() {
    const wanted = new URLSearchParams(window.location.search).get("exercise");
    if (!wanted) return;
    const item = document.querySelector("[data-exercise=\"" + wanted.replace(/[^a-z0-9-]/g, "") + "\"]");
    if (!item) return;
    item.classList.add("lesson-exercise");
    const last = progress().last;
    if (last) {
      const back = document.createElement("a");
      back.href = "/course/" + last;
      back.className = "small";
      back.textContent = " Back to the lesson ▶";
      item.appendChild(back);
    }
  }

  function wireHome(box) {
    fetch("/api/course").then(function (r) { return r.json(); }).then(function (course) {
      showContinue(box, course.lessons.map(function (l) {
        return { id: l.id, scenario: l.scenario, exercise: l.exercise || null, title: l.title };
      }));
    }).catch(function () { /* the course link above still works */ });
  }

  document.addEventListener("DOMContentLoaded", function () {
    const onward = document.querySelector("a.course-onward");
    if (onward) wireOnward(onward);
    const lessonMain = document.querySelector("main.lesson[data-lesson]");
    if (lessonMain) wireLessonPage(lessonMain);
    else if (document.querySelector(".lesson-row")) wireCoursePage();
    if (document.body.classList.contains("lab")) wireLab();
    const home = document.getElementById("course-home-continue");
    if (home) wireHome(home);
  });

  return { progress: progress, markWatched: markWatched, exercisesDone: exercisesDone, status: status, continueWith: continueWith };
})();
