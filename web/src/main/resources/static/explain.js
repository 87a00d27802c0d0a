// "Explain this line": a line of an exchange (a.wire-line, a plain link to /explain without
// JavaScript) opens its explanation in the side panel. Used by the player, the live view and the lab console;
// it also works for lines added to the page later, as the live view adds them.
(function () {
  "use strict";
  var panel = document.getElementById("explain-panel");
  if (!panel) return;
  var body = document.getElementById("explain-body");
  var opener = null;

  function closePanel() {
    panel.hidden = true;
    if (opener && document.contains(opener)) opener.focus();
  }
  document.getElementById("explain-close").addEventListener("click", closePanel);
  document.addEventListener("click", function (event) {
    var line = event.target.closest("a.wire-line");
    if (!line || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    opener = line;
    document.querySelectorAll("a.wire-line.explained").forEach(function (a) { a.classList.remove("explained"); });
    line.classList.add("explained");
    fetch(line.href).then(function (r) { return r.text(); }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, "text/html");
      var section = doc.getElementById("explanation");
      body.replaceChildren(section ? document.importNode(section, true) : document.createTextNode("No explanation."));
      panel.hidden = false;
      document.getElementById("explain-title").focus();
    });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || panel.hidden) return;
    var dialog = document.querySelector("dialog[open]");
    if (dialog) return; // the dialog closes first, by itself
    closePanel();
    event.preventDefault();
  });
})();
