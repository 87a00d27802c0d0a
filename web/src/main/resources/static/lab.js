// The lab console: one WebSocket to this browser's own sandbox. Each device pane connects, sends
// what is typed, and shows what came back; the server works out hints, completions and the
// exercises, this only draws them. Keyboard: Enter sends, Shift+Enter new line, Up/Down history,
// Tab completes a command name.
(function () {
  "use strict";
  var main = document.querySelector(".lab-main");
  if (!main) return;
  var status = document.getElementById("lab-status");
  var mailbox = document.getElementById("lab-mailbox");
  var panes = {};
  var socket = null;
  var ended = false;
  var resetting = false;

  function say(text) { status.textContent = text; }

  function send(message) {
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      say("Not connected to your sandbox: reload the page.");
      return false;
    }
    socket.send(JSON.stringify(message));
    return true;
  }

  // One console row, rendered (and escaped) by the server from the player's own row fragment.
  function row(line) {
    var t = document.createElement("template");
    t.innerHTML = line.html;
    return t.content.firstElementChild;
  }

  function showPane(s, hints) {
    var p = panes[s.pane];
    if (!p) return;
    p.state = s;
    p.el.querySelector(".pane-connection").textContent = s.connection;
    p.el.querySelector(".state").textContent = s.state || "—";
    var tls = p.el.querySelector(".tls");
    tls.textContent = s.tls || (s.connected ? "cleartext" : "");
    tls.classList.toggle("lock", s.tls !== "");
    p.el.querySelector(".disconnect").disabled = !s.connected;
    if (s.service && !s.connected) p.el.querySelector(".service").value = s.service;
    if (hints && hints[s.pane] !== undefined) p.hint.innerHTML = hints[s.pane]; // server-rendered: escaped text, RFC citations as links
    else p.hint.textContent = s.hint;
    var knows = p.el.querySelector(".knows");
    knows.replaceChildren();
    (s.knows.length ? s.knows : ["nothing yet"]).forEach(function (fact) {
      var li = document.createElement("li");
      li.textContent = fact;
      knows.appendChild(li);
    });
  }

  // An exercise just done is scrolled into its list's view (the list scrolls beside the consoles).
  function showTicked(li) {
    var list = li.closest(".lab-exercises");
    var top = li.getBoundingClientRect().top - list.getBoundingClientRect().top;
    if (top < 0 || top + li.offsetHeight > list.clientHeight) list.scrollTop += top - list.clientHeight / 3;
  }

  function receive(m) {
    if (m.type === "error") { say(m.message); return; }
    if (m.type === "closed") { ended = true; say(m.message); return; }
    if (m.fresh) Object.keys(panes).forEach(function (name) { panes[name].lines.replaceChildren(); });
    m.lines.forEach(function (line) { if (panes[line.pane]) panes[line.pane].lines.appendChild(row(line)); });
    m.panes.forEach(function (s) { showPane(s, m.hints); });
    if (m.mailbox !== null) mailbox.innerHTML = m.mailbox; // rendered and escaped by the server's template
    var exercises = document.querySelectorAll("[data-exercise]"), doneCount = 0;
    exercises.forEach(function (li) {
      var done = m.done.indexOf(li.dataset.exercise) >= 0;
      if (done) doneCount++;
      if (done && !li.classList.contains("done")) showTicked(li);
      li.classList.toggle("done", done);
      li.querySelector(".done-mark").textContent = done ? "✓" : "○";
      li.querySelector(".status").textContent = done ? "done" : "not done yet";
    });
    var counter = document.getElementById("exercises-done");
    var counted = doneCount + " of " + exercises.length + " done";
    if (counter.textContent !== counted) counter.textContent = counted; // aria-live: said only when it changes
    Object.keys(panes).forEach(function (name) { var l = panes[name].lines; l.scrollTop = l.scrollHeight; });
    if (m.fresh) say(resetting ? "Sandbox reset: the demo mail is back, every connection closed." : "Your sandbox is ready.");
    resetting = false;
  }

  // Tab: completes the command name (for IMAP the word after the tag, adding the tag if missing).
  function complete(p) {
    var value = p.input.value;
    var names = p.state.completions || [];
    if (value.indexOf("\n") >= 0 || names.length === 0) return false;
    var words = value.split(" ");
    var tagged = p.state.nextTag !== "" && words.length > 1;
    var at = tagged ? 1 : 0;
    if (words.length > at + 1 || words[at] === "") return false;
    var typed = words[at].toUpperCase();
    var matches = names.filter(function (n) { return n.indexOf(typed) === 0; });
    if (matches.length === 0) return false; // a tag being typed, or nothing to offer: Tab moves on
    var common = matches.reduce(function (a, b) { var i = 0; while (i < a.length && a[i] === b[i]) i++; return a.slice(0, i); });
    words[at] = matches.length === 1 ? matches[0] + " " : common;
    if (!tagged && p.state.nextTag !== "") words.unshift(p.state.nextTag);
    p.input.value = words.join(" ");
    if (matches.length > 1) p.hint.textContent = "Valid now: " + matches.join(", ");
    return true;
  }

  function onFirstLine(input) { return input.value.lastIndexOf("\n", input.selectionStart - 1) < 0; }
  function onLastLine(input) { return input.value.indexOf("\n", input.selectionEnd) < 0; }
  function fit(input) { input.rows = Math.min(8, input.value.split("\n").length); }

  function setUp(el) {
    var p = { el: el, name: el.dataset.pane, lines: el.querySelector(".console"), input: el.querySelector(".console-input"),
      hint: el.querySelector(".hint"), state: { completions: [], nextTag: "" }, history: [], at: 0 };
    panes[p.name] = p;
    el.querySelector(".connect-form").addEventListener("submit", function (event) {
      event.preventDefault();
      if (send({ type: "connect", pane: p.name, service: el.querySelector(".service").value })) p.input.focus();
    });
    el.querySelector(".disconnect").addEventListener("click", function () { send({ type: "disconnect", pane: p.name }); });
    p.input.addEventListener("input", function () { fit(p.input); });
    p.input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey) {
        event.preventDefault();
        var text = p.input.value;
        if (!send({ type: "send", pane: p.name, text: text })) return;
        if (text !== "" && p.history[p.history.length - 1] !== text) p.history.push(text);
        p.at = p.history.length;
        p.input.value = "";
        fit(p.input);
      } else if (event.key === "ArrowUp" && onFirstLine(p.input) && p.at > 0) {
        event.preventDefault();
        p.input.value = p.history[--p.at];
        fit(p.input);
      } else if (event.key === "ArrowDown" && onLastLine(p.input) && p.at < p.history.length) {
        event.preventDefault();
        p.at++;
        p.input.value = p.at < p.history.length ? p.history[p.at] : "";
        fit(p.input);
      } else if (event.key === "Tab" && !event.shiftKey && complete(p)) {
        event.preventDefault();
      }
    });
  }

  document.querySelectorAll(".lab-pane").forEach(setUp);
  document.getElementById("lab-reset").addEventListener("click", function () {
    resetting = send({ type: "reset" });
  });

  socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + main.dataset.socket);
  socket.addEventListener("open", function () { send({ type: "hello" }); }); // the whole picture first
  socket.addEventListener("message", function (event) { receive(JSON.parse(event.data)); });
  socket.addEventListener("close", function (event) {
    if (!ended) say("The connection to your sandbox closed" + (event.reason ? " (" + event.reason + ")" : "") + ": reload the page.");
  });
})();
