// "Explain this line": each line of an exchange is a button submitting a hidden GET form to /explain
// (the explanation's own page without JavaScript); here the answer is fetched and shown in the side
// panel instead. Used by the player, the live view and the lab console; it also works for lines added
// to the page later, as the live view and the lab add them (the forms are on the page from the start).
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
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var line = event.submitter;
    if (!form.classList.contains("explain-form") || !line) return;
    event.preventDefault();
    opener = line;
    document.querySelectorAll(".wire-line.explained").forEach(function (b) { b.classList.remove("explained"); });
    line.classList.add("explained");
    var query = new URLSearchParams(new FormData(form));
    query.append(line.name, line.value);
    fetch(form.action + "?" + query.toString()).then(function (r) { return r.text(); }).then(function (html) {
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
