// The scenario list's filters, applied as they change, without a page load. Without JavaScript the
// form submits ?q=&exam=&objective=&protocol=&level= and the server draws the same list.
(function () {
  "use strict";
  var form = document.querySelector("form.filter");
  if (!form) return;
  var input = document.getElementById("filter");
  var exam = document.getElementById("filter-exam");
  var objective = document.getElementById("filter-objective");
  var protocol = document.getElementById("filter-protocol");
  var level = document.getElementById("filter-level");
  var count = document.getElementById("filter-count");
  var none = document.querySelector(".no-match");
  var rows = document.querySelectorAll(".scenario-row");

  function has(list, value) { return !value || list.split(" ").indexOf(value) >= 0; }

  function apply() {
    // An objective belongs to one exam: once an exam is chosen, only its objectives are offered.
    Array.prototype.forEach.call(objective.options, function (o) { o.hidden = !!(o.value && exam.value && o.dataset.exam !== exam.value); });
    if (objective.selectedOptions[0] && objective.selectedOptions[0].hidden) objective.value = "";
    var words = input.value.toLowerCase().trim().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var d = row.dataset;
      var match = words.every(function (w) { return d.search.indexOf(w) >= 0; })
        && has(d.exams, exam.value) && has(d.objectives, objective.value) && has(d.protocols, protocol.value)
        && (!level.value || d.level === level.value);
      row.hidden = !match;
      if (match) shown++;
    });
    count.textContent = shown + " of " + rows.length + " scenarios shown";
    none.hidden = shown > 0;
  }
  input.addEventListener("input", apply);
  [exam, objective, protocol, level].forEach(function (s) { s.addEventListener("change", apply); });
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
})();
