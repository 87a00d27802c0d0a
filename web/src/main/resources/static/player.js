// The player's keyboard and autoplay ("explain this line" is explain.js). Every control also works as a
// plain link without JavaScript; this only makes them quicker.
(function () {
  "use strict";
  var main = document.querySelector(".player-main");
  if (!main) return;
  document.querySelectorAll(".js-only").forEach(function (el) { el.hidden = false; });
  var help = document.getElementById("help");
  var autoplayButton = document.getElementById("autoplay");
  var speed = document.getElementById("speed");
  var timer = null;

  function link(rel) { return document.querySelector('.controls a[rel="' + rel + '"]'); }
  function atLastStep() { return main.dataset.step === main.dataset.steps; }
  function go(rel) { var a = link(rel); if (a) { window.location.href = a.href; return true; } return false; }

  // Keep the step in the address for bookmarks, as #step-n beside the step path.
  if (!window.location.hash) history.replaceState(null, "", window.location.pathname + window.location.search + "#step-" + main.dataset.step);

  // The current step's lines in view, earlier ones above (dimmed, still scrollable); in the mailbox and
  // device panels, which scroll on their own, this step's first change. Again after presenter mode
  // has fitted the panels to the screen (presenter.js), or the window changed size.
  function showCurrent() {
    var transcript = document.querySelector(".transcript");
    var firstNow = document.querySelector(".wire-row.now");
    if (transcript && firstNow) {
      var above = Math.min(60, transcript.clientHeight / 4);
      transcript.scrollTop += firstNow.getBoundingClientRect().top - transcript.getBoundingClientRect().top - above;
    }
    document.querySelectorAll(".server-state, .device-state").forEach(function (state) {
      var change = state.querySelector("tr.new, tr.changed, tr.removed, li.new, li.changed, li.removed, .folder.new, .folder.removed");
      var heading = state.querySelector("h2"); // it stays at the top while the panel scrolls
      if (change && state.scrollHeight > state.clientHeight) {
        state.scrollTop += change.getBoundingClientRect().top - state.getBoundingClientRect().top - heading.offsetHeight - 8;
      }
    });
  }
  showCurrent();
  window.mailsimPlayer = { showCurrent: showCurrent };

  // For a screen reader, what this step changed, said once the page has loaded: this step's lines and
  // what changed in the mailbox and on the devices, not the whole page again. The live region starts
  // empty, so filling it is announced (docs/accessibility.md).
  var news = document.getElementById("step-news");
  if (news) setTimeout(function () { news.textContent = stepNews(); }, 300);

  function said(el) { return el ? el.textContent.replace(/\s+/g, " ").trim() : ""; }
  function stepNews() {
    var parts = ["Step " + main.dataset.step + " of " + main.dataset.steps + "."];
    var lines = Array.prototype.map.call(document.querySelectorAll(".wire-row.now"), function (row) {
      return (said(row.querySelector(".prefix")) + " " + (said(row.querySelector(".wire-line")) || "empty line")).trim();
    });
    var most = 8;
    parts.push(lines.length === 0 ? "Nothing on the wire in this step."
      : "On the wire: " + lines.slice(0, most).join(". ") + "." + (lines.length > most ? " And " + (lines.length - most) + " more lines." : ""));
    var changes = Array.prototype.map.call(document.querySelectorAll(".server-state tr.new, .server-state tr.changed, .server-state tr.removed"),
      function (tr) {
        var cells = tr.querySelectorAll("td");
        return said(tr.querySelector(".badge")) + ": UID " + said(cells[0]) + ", " + said(cells[1].querySelector("span:not(.badge)"))
          + ", flags " + said(cells[2]);
      });
    document.querySelectorAll(".server-state .folder.new, .server-state .folder.removed").forEach(function (f) {
      changes.push("folder " + said(f.querySelector("h4")));
    });
    parts.push(changes.length === 0 ? "The mailbox did not change." : "Mailbox: " + changes.join("; ") + ".");
    document.querySelectorAll(".device-state .device-frame").forEach(function (d) {
      var rows = Array.prototype.map.call(d.querySelectorAll("li.new, li.changed, li.removed"), said);
      if (rows.length) parts.push(said(d.querySelector("h3 span")) + ": " + rows.join("; ") + ".");
    });
    return parts.join(" ");
  }

  function setAutoplay(on) {
    if (timer) { clearTimeout(timer); timer = null; }
    autoplayButton.setAttribute("aria-pressed", on ? "true" : "false");
    autoplayButton.textContent = on ? "⏸ Pause" : "▶ Autoplay";
    if (on) {
      sessionStorage.setItem("mailsim.autoplay", speed.value);
      // Autoplay plays the steps only: at the last step, Next leads out of the scenario (onward), so it stops.
      timer = setTimeout(function () { if (atLastStep() || !go("next")) setAutoplay(false); }, Number(speed.value));
    } else {
      sessionStorage.removeItem("mailsim.autoplay");
    }
  }
  // prefers-reduced-motion: autoplay, when switched on, goes at the slow pace (mailsim.css stops every animation).
  if (window.matchMedia("(prefers-reduced-motion: reduce)").matches) speed.value = "6000";
  var saved = sessionStorage.getItem("mailsim.autoplay");
  if (saved) { speed.value = saved; setAutoplay(true); }
  autoplayButton.addEventListener("click", function () { setAutoplay(autoplayButton.getAttribute("aria-pressed") !== "true"); });
  speed.addEventListener("change", function () { if (timer) setAutoplay(true); });

  document.getElementById("help-open").addEventListener("click", function () { help.showModal(); });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (help.open) return; // the dialog handles Esc itself
    var target = event.target;
    var typing = target.closest("input, select, textarea");
    if (typing) return;
    var onControl = target.closest("a, button");
    switch (event.key) {
      case "ArrowRight": case "PageDown": go("next"); break; // a presenter's clicker sends PageDown / PageUp
      case "ArrowLeft": case "PageUp": go("prev"); break;
      case " ": if (onControl) return; go("next"); break;
      case "Home": go("first"); break;
      case "End": go("last"); break;
      case "?": help.showModal(); break;
      case "e": window.location.href = document.getElementById("toggle-eavesdropper").href; break;
      case "p": window.location.href = document.getElementById("toggle-present").href; break;
      case "a": setAutoplay(autoplayButton.getAttribute("aria-pressed") !== "true"); break;
      default: return;
    }
    event.preventDefault();
  });
})();
