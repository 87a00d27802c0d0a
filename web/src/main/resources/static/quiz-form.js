// Reading an answer from a question's form, and putting a saved answer back into it, in the
// shape the grading API reads: {picked: [...]}, {order: [...]}, {matches: {...}}, {settings: {...}}.
window.MailsimForm = (function () {
  "use strict";

  /** The answer the form holds; null while nothing is picked or matched. */
  function answerOf(form) {
    switch (form.dataset.type) {
      case "ordering":
        return { order: Array.from(form.querySelectorAll(".order-item")).map(function (li) { return Number(li.dataset.item); }) };
      case "matching": {
        const matches = {};
        form.querySelectorAll("select[data-left]").forEach(function (s) { if (s.value) matches[s.dataset.left] = s.value; });
        return Object.keys(matches).length ? { matches: matches } : null;
      }
      case "configure": {
        const f = form.elements;
        const type = form.querySelector("input[name=incomingType]:checked");
        const s = { incomingType: type ? type.value : "", incomingServer: f.incomingServer.value.trim(),
          incomingPort: f.incomingPort.value === "" ? "" : Number(f.incomingPort.value), incomingSecurity: f.incomingSecurity.value,
          leaveOnServer: f.leaveOnServer.checked, outgoingServer: f.outgoingServer.value.trim(),
          outgoingPort: f.outgoingPort.value === "" ? "" : Number(f.outgoingPort.value), outgoingSecurity: f.outgoingSecurity.value,
          outgoingAuth: f.outgoingAuth.checked };
        return { settings: s };
      }
      default: {
        const picked = Array.from(form.querySelectorAll("input[name=pick]:checked")).map(function (i) { return Number(i.value); });
        return picked.length ? { picked: picked } : null;
      }
    }
  }

  /** Puts a saved answer back into the form (after a reload). */
  function restore(form, a) {
    if (!a) return;
    if (a.picked) form.querySelectorAll("input[name=pick]").forEach(function (i) { i.checked = a.picked.indexOf(Number(i.value)) >= 0; });
    if (a.order) {
      const list = form.querySelector(".order-list");
      a.order.forEach(function (item) {
        const li = list.querySelector('.order-item[data-item="' + item + '"]');
        if (li) list.append(li);
      });
      renumber(form);
    }
    if (a.matches) form.querySelectorAll("select[data-left]").forEach(function (s) { s.value = a.matches[s.dataset.left] || ""; });
    if (a.settings) {
      const s = a.settings, f = form.elements;
      form.querySelectorAll("input[name=incomingType]").forEach(function (i) { i.checked = i.value === s.incomingType; });
      ["incomingServer", "incomingPort", "incomingSecurity", "outgoingServer", "outgoingPort", "outgoingSecurity"].forEach(function (k) {
        f[k].value = s[k] === undefined ? "" : s[k];
      });
      f.leaveOnServer.checked = !!s.leaveOnServer;
      f.outgoingAuth.checked = !!s.outgoingAuth;
    }
  }

  /** The positions shown beside ordering items, after a move. */
  function renumber(form) {
    form.querySelectorAll(".order-item").forEach(function (li, i) { li.querySelector(".pos").textContent = (i + 1) + "."; });
  }

  return { answerOf: answerOf, restore: restore, renumber: renumber };
})();
