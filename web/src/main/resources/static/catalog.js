// The scenario list's filter, narrowed as you type. Without JavaScript the form submits ?q= instead.
(function () {
  "use strict";
  var input = document.getElementById("filter");
  var count = document.getElementById("filter-count");
  if (!input) return;
  function apply() {
    var words = input.value.toLowerCase().trim().split(/\s+/).filter(Boolean);
    var shown = {};
    document.querySelectorAll(".scenario-row").forEach(function (row) {
      var text = row.getAttribute("data-search");
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !match;
      if (match) shown[row.querySelector("a").getAttribute("href")] = true;
    });
    document.querySelectorAll(".group").forEach(function (group) {
      group.hidden = group.querySelectorAll(".scenario-row:not([hidden])").length === 0;
    });
    var total = {};
    document.querySelectorAll(".scenario-row a").forEach(function (a) { total[a.getAttribute("href")] = true; });
    count.textContent = Object.keys(shown).length + " of " + Object.keys(total).length + " scenarios shown";
  }
  input.addEventListener("input", apply);
})();
