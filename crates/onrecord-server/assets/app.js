// onrecord web UI: small progressive enhancements. Every page reads without this script.
// It never inserts HTML: only textContent and attributes.
(function () {
  "use strict";
  var root = document.documentElement;

  // Theme: follows the system unless the reader picked one.
  var saved = null;
  try { saved = localStorage.getItem("onrecord-theme"); } catch (e) { /* storage off */ }
  if (saved === "light" || saved === "dark") root.setAttribute("data-theme", saved);
  document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.getElementById("theme-toggle");
    if (toggle) {
      toggle.hidden = false;
      toggle.addEventListener("click", function () {
        var dark = root.getAttribute("data-theme") === "dark" ||
          (!root.getAttribute("data-theme") && window.matchMedia("(prefers-color-scheme: dark)").matches);
        var next = dark ? "light" : "dark";
        root.setAttribute("data-theme", next);
        try { localStorage.setItem("onrecord-theme", next); } catch (e) { /* storage off */ }
      });
    }
    setupTips();
    setupIngest();
  });

  // Keyboard: "/" focuses search, j/k move between results, Enter opens, n goes to the next page.
  var current = -1;
  function hits() { return Array.prototype.slice.call(document.querySelectorAll("[data-hit]")); }
  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var list = hits();
    if (event.key === "/") {
      var q = document.getElementById("q");
      if (q) { event.preventDefault(); q.focus(); q.select(); }
    } else if ((event.key === "j" || event.key === "k") && list.length) {
      event.preventDefault();
      if (list[current]) list[current].classList.remove("current");
      current = event.key === "j" ? Math.min(current + 1, list.length - 1) : Math.max(current - 1, 0);
      list[current].classList.add("current");
      list[current].scrollIntoView({ block: "nearest" });
      var link = list[current].querySelector("a.open, a");
      if (link) link.focus({ preventScroll: true });
    } else if (event.key === "n") {
      var next = document.getElementById("next-page");
      if (next) window.location.href = next.href;
    }
  });

  // Document page: what was resolved, for the focused or hovered highlight.
  function setupTips() {
    var panel = document.getElementById("tip-panel");
    var text = document.getElementById("doctext");
    if (!panel || !text) return;
    function show(event) {
      var el = event.target.closest ? event.target.closest("[data-tip]") : null;
      if (!el) return;
      panel.textContent = el.getAttribute("data-tip");
      panel.hidden = false;
    }
    text.addEventListener("focusin", show);
    text.addEventListener("mouseover", show);
  }

  // Ingest page: send the form with the token as a Bearer header.
  function setupIngest() {
    var form = document.getElementById("ingest-form");
    if (!form) return;
    var out = document.getElementById("ingest-result");
    var token = document.getElementById("token");
    try { token.value = sessionStorage.getItem("onrecord-token") || ""; } catch (e) { /* storage off */ }
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var data = new FormData(form);
      data.delete("token");
      try { sessionStorage.setItem("onrecord-token", token.value); } catch (e) { /* storage off */ }
      out.textContent = "Ingesting…";
      fetch("/api/v1/documents", {
        method: "POST",
        headers: { "Authorization": "Bearer " + token.value.trim() },
        body: data
      }).then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      }).then(function (result) {
        if (!result.ok) {
          out.textContent = "Refused: " + (result.body.error ? result.body.error.message : "unknown error");
          return;
        }
        var b = result.body;
        var lines = [b.new + " new, " + b.unchanged + " unchanged, " + b.replaced + " replaced, " +
          b.failed + " failed; " + b.statements + " statements stored."];
        (b.documents || []).forEach(function (d) { lines.push(d.outcome + "  " + d.id + "  " + d.name); });
        (b.errors || []).forEach(function (e) { lines.push("error: " + e); });
        out.textContent = lines.join("\n");
      }).catch(function (error) {
        out.textContent = "Failed: " + error;
      });
    });
  }
})();
