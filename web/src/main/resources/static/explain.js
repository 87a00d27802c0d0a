// "Explain this line", for the player and the lab console: a protocol line that is a link
// (a.wire-line, to /explain) opens its explanation in the side panel; Esc closes it.
(function () {
  "use strict";
  var panel = document.getElementById("explain-panel");
  if (!panel) return;
  var body = document.getElementById("explain-body");
  var opener = null;

  function close() {
    panel.hidden = true;
    if (opener) opener.focus();
  }
  document.getElementById("explain-close").addEventListener("click", close);
  document.addEventListener("click", function (event) {
    var line = event.target.closest("a.wire-line");
    if (!line) return;
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
    if (event.key !== "Escape" || panel.hidden || document.querySelector("dialog[open]")) return;
    close();
    event.preventDefault();
  });
})();
