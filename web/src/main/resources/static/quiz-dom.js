// Small drawing helpers for the quiz pages. Text always goes into the page as text, never as HTML.
window.MailsimDom = (function () {
  "use strict";

  /** "12 March 2025, 14:05" in the reader's own locale. */
  function when(ms) {
    return new Date(ms).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  }

  /** Builds an element: el("p", {class: "x"}, "text", child). Text always goes in as text, never as HTML. */
  function el(tag, attrs) {
    const node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (attrs[k] === null || attrs[k] === undefined || attrs[k] === false) return;
      if (k === "text") node.textContent = attrs[k];
      else node.setAttribute(k, attrs[k] === true ? "" : attrs[k]);
    });
    for (let i = 2; i < arguments.length; i++) {
      const child = arguments[i];
      if (child === null || child === undefined) continue;
      (Array.isArray(child) ? child : [child]).forEach(function (c) {
        if (c !== null && c !== undefined) node.append(typeof c === "string" ? document.createTextNode(c) : c);
      });
    }
    return node;
  }

  /** Question text with `code` in backticks, as the bank writes it. */
  function code(text) {
    const parts = String(text || "").split("`");
    return parts.map(function (part, i) { return i % 2 === 1 ? el("code", { text: part }) : document.createTextNode(part); });
  }

  /**
   * A text as code() draws it, or a {text, parts} the server sent (web/rfc Prose): its RFC citations,
   * found by the simulator, become links to mailsim's RFC page, titled with the section's own title.
   */
  function rich(text) {
    if (!text || typeof text !== "object") return code(text);
    return (text.parts || []).flatMap(function (p) {
      return p.href ? [el("a", { class: "rfc-cite", href: p.href, title: p.title, text: p.text })] : code(p.text);
    });
  }

  return { el: el, rich: rich, when: when };
})();
