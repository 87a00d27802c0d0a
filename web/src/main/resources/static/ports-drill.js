// The ports drill: questions drawn from the page's port table, both directions, timed; the best
// score is kept in this browser (mailsim.drill.ports.best). Keyboard: Enter starts and answers,
// 1-7 pick a service, Esc stops.
(function () {
  "use strict";
  const main = document.querySelector("main.drill");
  if (!main) return;
  document.querySelectorAll(".js-only").forEach(function (e) { e.hidden = false; });
  const BEST = "mailsim.drill.ports.best";
  const seconds = Number(main.dataset.seconds) || 60;
  const cards = Array.prototype.map.call(document.querySelectorAll(".drill-row"), function (r) {
    return { port: r.dataset.port, service: r.dataset.service, what: r.dataset.what };
  });
  const $ = function (id) { return document.getElementById(id); };
  const prompt = $("drill-prompt"), choices = $("drill-choices"), portForm = $("drill-port-form"), portInput = $("drill-port");
  let state = null;

  function pickQuestion() {
    let q;
    do {
      const card = cards[Math.floor(Math.random() * cards.length)];
      q = { card: card, toService: Math.random() < 0.5 };
    } while (state.last && state.last.card === q.card && cards.length > 1);
    state.last = q;
    return q;
  }

  function show(q) {
    state.current = q;
    if (q.toService) {
      prompt.textContent = "Port " + q.card.port + ": which service?";
      choices.replaceChildren.apply(choices, cards.map(function (c, i) {
        const b = document.createElement("button");
        b.type = "button";
        b.className = "button secondary";
        b.textContent = (i + 1) + " " + c.service;
        b.addEventListener("click", function () { answer(c.service); });
        const li = document.createElement("li");
        li.appendChild(b);
        return li;
      }));
      choices.hidden = false;
      portForm.hidden = true;
      prompt.focus();
    } else {
      prompt.textContent = q.card.service + " (" + q.card.what + "): which port?";
      choices.hidden = true;
      portForm.hidden = false;
      portInput.value = "";
      portInput.focus();
    }
  }

  function answer(given) {
    if (!state || !state.current) return;
    const q = state.current;
    const right = q.toService ? given === q.card.service : String(given).trim() === q.card.port;
    state.total++;
    if (right) state.right++;
    else state.missed.push(q.card.port + " is " + q.card.service + " — " + q.card.what);
    $("drill-feedback").textContent = (right ? "✓ Right: " : "✗ No: ") + q.card.port + " is " + q.card.service + ".";
    $("drill-score").textContent = state.right + " of " + state.total + " right";
    show(pickQuestion());
  }

  function tick() {
    const left = Math.max(0, Math.ceil((state.ends - Date.now()) / 1000));
    $("drill-time").textContent = left + " s left";
    if (left === 0) stop();
  }

  function start() {
    state = { right: 0, total: 0, missed: [], ends: Date.now() + seconds * 1000, last: null, current: null };
    $("drill-result").hidden = true;
    $("drill-intro").hidden = true;
    $("drill-start").hidden = true;
    $("drill-card").hidden = false;
    $("drill-feedback").textContent = "";
    $("drill-score").textContent = "0 of 0 right";
    state.timer = setInterval(tick, 250);
    tick();
    show(pickQuestion());
  }

  function stop() {
    if (!state) return;
    clearInterval(state.timer);
    const done = state;
    state = null;
    $("drill-card").hidden = true;
    $("drill-result").hidden = false;
    $("drill-final-score").textContent = "Score: " + done.right + " of " + done.total + " right in " + seconds + " s";
    let best = 0;
    try { best = Number(localStorage.getItem(BEST)) || 0; } catch (e) { best = 0; }
    if (done.right > best) { try { localStorage.setItem(BEST, String(done.right)); } catch (e) { /* private mode */ } }
    $("drill-best").textContent = done.right > best ? " — a new best in this browser." : " (best in this browser: " + best + ")";
    const missed = $("drill-missed");
    missed.replaceChildren.apply(missed, done.missed.map(function (m) {
      const li = document.createElement("li");
      li.textContent = m;
      return li;
    }));
    $("drill-again").focus();
  }

  $("drill-start").addEventListener("click", start);
  $("drill-again").addEventListener("click", start);
  portForm.addEventListener("submit", function (e) { e.preventDefault(); answer(portInput.value); });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && state) { stop(); e.preventDefault(); return; }
    if (!state) {
      if (e.key === "Enter" && document.activeElement.tagName !== "BUTTON") { start(); e.preventDefault(); }
      return;
    }
    if (state.current && state.current.toService && /^[1-9]$/.test(e.key) && Number(e.key) <= cards.length) {
      answer(cards[Number(e.key) - 1].service);
      e.preventDefault();
    }
  });
})();
