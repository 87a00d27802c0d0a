// Presenter keys and the fit to a projector's screen (keys listed in the player's help, "?").
//   b or .  black screen; any key brings the step back (a clicker's "blank" button sends one of them)
//   w / m   the wire / the server's mailbox alone, full screen; the same key again, or Esc, shows all panels
// In presenter mode (?present) every panel must show all its text at once: a panel whose content is
// taller or wider than its box has its content scaled down in steps (CSS zoom) until it fits. The
// exchange itself scrolls, with this step's lines in view. Ctrl + / - (the browser's zoom) resize the
// window in CSS pixels, so the panels are fitted again on every resize.
(function () {
  "use strict";
  var body = document.body;
  var blackout = document.getElementById("blackout");
  var FOCUS = "mailsim.focus";
  var SMALLEST = 0.45;

  function content(panel) { // what is scaled: everything in the panel but its heading
    return Array.prototype.filter.call(panel.children, function (c) { return c.tagName !== "H2"; });
  }
  function overflows(panel) {
    return panel.offsetParent !== null && (panel.scrollHeight > panel.clientHeight + 1 || panel.scrollWidth > panel.clientWidth + 1);
  }
  // Panels that share a column share the scale: the mailbox and the devices split their column by
  // how much each holds, so shrinking one alone would only hand its room to the other.
  function fitTogether(panels) {
    var parts = [];
    panels.forEach(function (p) { p.scrollTop = 0; parts = parts.concat(content(p)); });
    var scale = 1;
    parts.forEach(function (c) { c.style.zoom = ""; });
    while (panels.some(overflows) && scale > SMALLEST) {
      scale = Math.round((scale - 0.05) * 100) / 100;
      parts.forEach(function (c) { c.style.zoom = scale; });
    }
    panels.forEach(function (p) { p.dataset.fit = String(scale); });
  }
  function fit() {
    if (!body.classList.contains("present")) return;
    [[".story"], [".action"], [".wire"], [".server-state", ".device-state"]].forEach(function (group) {
      fitTogether(group.map(function (selector) { return document.querySelector(".player-grid " + selector); }));
    });
    if (window.mailsimPlayer) window.mailsimPlayer.showCurrent();
  }

  function setFocus(which) {
    if (which) { body.dataset.focus = which; sessionStorage.setItem(FOCUS, which); }
    else { delete body.dataset.focus; sessionStorage.removeItem(FOCUS); }
    fit();
  }
  var saved = sessionStorage.getItem(FOCUS);
  if (saved) body.dataset.focus = saved;

  document.addEventListener("keydown", function (event) {
    if (!blackout.hidden) { // any key lifts the black screen, and does nothing else
      blackout.hidden = true;
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, select, textarea") || document.querySelector("dialog[open]")) return;
    var explaining = !document.getElementById("explain-panel").hidden;
    switch (event.key) {
      case "b": case "B": case ".": blackout.hidden = false; break;
      case "w": setFocus(body.dataset.focus === "wire" ? null : "wire"); break;
      case "m": setFocus(body.dataset.focus === "mailbox" ? null : "mailbox"); break;
      case "Escape": if (explaining || !body.dataset.focus) return; setFocus(null); break;
      default: return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
  }, true);
  blackout.addEventListener("click", function () { blackout.hidden = true; });

  var pending = null;
  window.addEventListener("resize", function () { clearTimeout(pending); pending = setTimeout(fit, 100); });
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(fit); else fit();
  fit();
})();
