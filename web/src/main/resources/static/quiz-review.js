// Draws the server's review of one graded answer (POST /api/quiz/grade or /api/quiz/results): the
// verdict, why every option is right or wrong, the exam key's RFC facts, the run of a configure
// task with its decisive line, and the "see it happen" link. Shared by study mode and the results page.
window.MailsimReview = (function () {
  "use strict";
  const D = window.MailsimDom;
  const el = D.el;

  function percent(x) { return Math.round(x * 100) + "%"; }

  function verdict(r) {
    if (!r.answered) return el("p", { class: "verdict wrong" }, el("span", { class: "mark", "aria-hidden": "true", text: "–" }), " Not answered.");
    const partial = !r.correct && r.partial > 0
      ? " Partial credit " + percent(r.partial) + " (shown for your information; the score counts only fully right answers)." : "";
    return el("p", { class: "verdict " + (r.correct ? "right" : "wrong") },
      el("span", { class: "mark", "aria-hidden": "true", text: r.correct ? "✓" : "✗" }),
      r.correct ? " Right." : " Not right." + partial);
  }

  /** Every option with its verdict and why; in {@code shown} order (the quiz's) when given. */
  function options(list, shown) {
    const ordered = shown ? shown.map(function (i) { return list[i]; }) : list;
    return el("ul", { class: "option-review" }, ordered.map(function (o) {
      const tag = (o.correct ? "✓ right answer" : "✗ wrong answer") + (o.picked ? " · you picked it" : "");
      return el("li", { class: (o.correct ? "right" : "wrong") + (o.picked ? " picked" : "") },
        el("strong", { class: "text" }, D.rich(o.text)), " ", el("span", { class: "tag", text: tag }),
        el("p", { class: "why" }, D.rich(o.why)));
    }));
  }

  function items(list) {
    return el("div", {}, el("p", { class: "small", text: "The right order:" }),
      el("ol", { class: "order-review" }, list.map(function (item, i) {
        const here = item.yourPosition === i + 1;
        const tag = item.yourPosition === 0 ? "not placed" : here ? "✓ you put it here" : "✗ you put it " + ordinal(item.yourPosition);
        return el("li", { class: here ? "right" : "wrong" }, el("span", { class: "text" }, D.rich(item.text)), " ",
          el("span", { class: "tag", text: tag }), el("p", { class: "why" }, D.rich(item.why)));
      })));
  }

  function ordinal(n) {
    const s = ["th", "st", "nd", "rd"], v = n % 100;
    return n + (s[(v - 20) % 10] || s[v] || s[0]);
  }

  function pairs(list, distractors) {
    const table = el("table", { class: "pair-review" },
      el("thead", {}, el("tr", {}, ["Item", "Matches", "You chose", "Why"].map(function (h) { return el("th", { scope: "col", text: h }); }))),
      el("tbody", {}, list.map(function (p) {
        return el("tr", { class: p.correct ? "right" : "wrong" }, el("th", { scope: "row" }, D.rich(p.left)), el("td", {}, D.rich(p.right)),
          el("td", {}, (p.correct ? "✓ " : "✗ ") + (p.yours || "nothing")), el("td", {}, D.rich(p.why)));
      })));
    return el("div", {}, table, distractors && distractors.length
      ? el("p", { class: "small muted", text: "Matching nothing: " + distractors.join(", ") + "." }) : null);
  }

  /** Protocol lines as the player draws them; the decisive one is marked in words as well as colour. */
  function lines(list) {
    return el("ol", { class: "lines" }, list.map(function (l) {
      return el("li", { class: "wire-row " + l.lane + (l.decisive ? " decisive" : "") },
        el("span", { class: "arrow", "aria-hidden": "true", text: l.arrow }), el("span", { class: "prefix", text: l.prefix }),
        el("span", { class: "wire-line", text: l.text }),
        l.decisive ? el("strong", { class: "decisive-tag", text: "◀ decisive line" }) : null);
    }));
  }

  function settings(s) {
    const sec = { none: "None", starttls: "STARTTLS", tls: "SSL/TLS" };
    return el("dl", { class: "settings" },
      el("dt", { text: "Incoming" }), el("dd", { text: s.incomingType.toUpperCase() + " · " + s.incomingServer + " · port " + s.incomingPort
        + " · " + sec[s.incomingSecurity] + (s.incomingType === "pop3" ? (s.leaveOnServer ? " · leave a copy on the server" : " · delete from the server") : "") }),
      el("dt", { text: "Outgoing" }), el("dd", { text: s.outgoingServer + " · port " + s.outgoingPort + " · " + sec[s.outgoingSecurity]
        + (s.outgoingAuth ? " · with authentication" : " · without authentication") }));
  }

  function run(r) {
    return el("div", { class: "run" },
      el("h3", { class: "run-title", text: r.passed ? "Your settings worked on the simulator" : "What happened when your settings were run" }),
      el("p", { class: "run-explanation", text: r.explanation }),
      r.lines.length ? el("div", { class: "run-lines", tabindex: "0", "aria-label": "The exchange your settings caused" }, lines(r.lines)) : null,
      r.model ? el("details", {}, el("summary", { text: "Settings that work, and why" }), settings(r.model),
        r.why ? el("p", { class: "why" }, D.rich(r.why)) : null) : null);
  }

  /** The whole review of one question, as a list of nodes; {@code shown}: the options' order in the quiz, if known. */
  function render(r, shown) {
    const nodes = [verdict(r)];
    if (r.beyondExam) nodes.push(el("p", { class: "beyond-exam small", text: r.beyondExam }));
    if (r.options) nodes.push(options(r.options, shown));
    if (r.items) nodes.push(items(r.items));
    if (r.pairs) nodes.push(pairs(r.pairs, r.distractors));
    if (r.run) nodes.push(run(r.run));
    if (r.examKey) {
      nodes.push(el("aside", { class: "exam-key" }, el("strong", { text: "Graded by the " + r.examKey.exam + " answer key." }), " ",
        el("span", { text: "What the RFCs say: " }), D.rich(r.examKey.rfcFacts)));
    }
    const refs = [];
    if (r.rfc) refs.push(el("span", {}, "Read more: ", D.rich(r.rfc)));
    if (r.seeItHappen) refs.push(el("a", { href: r.seeItHappen.href, class: "see-it", text: "See it happen: " + r.seeItHappen.label }));
    if (refs.length) nodes.push(el("p", { class: "refs" }, refs.reduce(function (all, n, i) { return i ? all.concat([" · ", n]) : [n]; }, [])));
    return nodes;
  }

  /** A question as the results page shows it: its stem (and excerpt), then its review. */
  function question(number, r) {
    return el("article", { class: "review panel", id: "review-" + r.id },
      el("h3", {}, "Question " + number + " ", el("span", { class: "qtype", text: "· " + r.typeTitle })),
      el("p", { class: "stem" }, D.rich(r.stem)),
      r.excerpt ? el("figure", { class: "excerpt" }, el("figcaption", { class: "small muted", text: r.excerpt.caption }), lines(r.excerpt.lines)) : null,
      render(r));
  }

  /** Scrolls each exchange so its decisive line is in view (call once the nodes are in the page). */
  function showDecisive(root) {
    root.querySelectorAll(".run-lines").forEach(function (box) {
      const line = box.querySelector(".decisive");
      if (line) box.scrollTop = line.offsetTop - box.clientHeight / 2; // the box is the line's offset parent
    });
  }

  return { render: render, question: question, percent: percent, showDecisive: showDecisive };
})();
