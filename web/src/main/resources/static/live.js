// The live view, kept up to date by Server-Sent Events from /live/events. Each event carries
// page fragments the server rendered; this only puts them in place. Without JavaScript the page
// is complete as loaded, and a reload shows what is new.
(function () {
  "use strict";
  var main = document.querySelector(".live-main");
  if (!main || !window.EventSource) return;
  document.querySelectorAll(".js-only").forEach(function (el) { el.hidden = false; });
  var MAX_LINES = 400; // as many as the server keeps per connection
  var status = document.getElementById("live-status");
  var rows = document.getElementById("connection-rows");
  var transcript = document.getElementById("live-transcript");
  var none = document.getElementById("no-connections");
  var source = new EventSource(main.dataset.stream);
  // The filter and page the server rendered: other connections stay off this page, and new ones
  // appear only on page 1, at the top, as on a reload.
  var onlyAccount = main.dataset.account || "";
  var onlyDevice = main.dataset.device || "";
  var firstPage = !main.dataset.page || main.dataset.page === "1";
  function selected(d) {
    return (!onlyAccount || d.account === onlyAccount) && (!onlyDevice || d.device === onlyDevice);
  }
  function remove(id) {
    ["row-", "conn-"].forEach(function (prefix) {
      var el = document.getElementById(prefix + id);
      if (el) el.remove();
    });
  }

  function say(text, state) { status.textContent = text; status.dataset.state = state; }
  function node(html) {
    var t = document.createElement("template");
    t.innerHTML = html;
    return t.content.firstElementChild;
  }
  function data(event) { return JSON.parse(event.data); }
  function atBottom(list) { return list.scrollHeight - list.scrollTop - list.clientHeight < 30; }

  var stopped = null; // what mailsim said when it stopped (the "bye" event), until it answers again

  source.addEventListener("open", function () {
    stopped = null;
    say("● Live: new connections and lines appear as they happen.", "live");
  });
  // The browser tries again by itself (every few seconds) unless the stream was refused for good.
  source.addEventListener("error", function () {
    var again = source.readyState !== EventSource.CLOSED;
    if (stopped) say(stopped + (again ? ": trying to reconnect…" : ": reload the page when it runs again."), "stopped");
    else say(again ? "Lost touch with mailsim: trying again…" : "Lost touch with mailsim: reload the page to try again.", "lost");
  });
  // mailsim is stopping: the last event before the stream ends.
  source.addEventListener("bye", function (event) {
    stopped = data(event).message;
    say(stopped + ": trying to reconnect…", "stopped");
  });

  source.addEventListener("connection", function (event) {
    var d = data(event);
    if (!selected(d)) { remove(d.id); return; }
    var row = document.getElementById("row-" + d.id);
    if (!row && !firstPage) return;
    if (row) row.replaceWith(node(d.row)); else rows.prepend(node(d.row));
    var head = document.getElementById("head-" + d.id);
    if (head) head.replaceWith(node(d.head)); else transcript.prepend(node(d.section));
    var why = document.getElementById("why-" + d.id); // a failed TLS handshake, explained
    if (why && head) why.replaceWith(node(d.why));
    none.hidden = true;
  });

  source.addEventListener("lines", function (event) {
    var d = data(event);
    var list = document.getElementById("lines-" + d.id);
    if (!list) return;
    var follow = atBottom(list);
    var t = document.createElement("template");
    t.innerHTML = d.html;
    var added = Array.prototype.slice.call(t.content.children);
    added.forEach(function (li) { li.classList.add("fresh"); });
    list.append(t.content);
    while (list.children.length > MAX_LINES) list.firstElementChild.remove();
    if (follow) list.scrollTop = list.scrollHeight;
    setTimeout(function () { added.forEach(function (li) { li.classList.remove("fresh"); }); }, 4000);
  });

  source.addEventListener("forget", function (event) {
    remove(data(event).id);
  });

  source.addEventListener("store", function (event) {
    document.getElementById("live-store-body").replaceWith(node(data(event).html));
  });

  // Too much happened while this page was away: start again from a fresh page.
  source.addEventListener("reset", function () { source.close(); window.location.reload(); });
  source.addEventListener("full", function () {
    source.close();
    say("Too many viewers are watching live right now: reload the page later to see what is new.", "lost");
  });
})();
