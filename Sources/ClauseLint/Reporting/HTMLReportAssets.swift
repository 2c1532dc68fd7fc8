/// The style sheet and script of the dais report, inlined so that the page needs no
/// network and can be mailed as one file.
enum HTMLReportAssets {
    static let css = """
    :root { --error: #b3261e; --warning: #8a5a00; --info: #1f5f99; --error-bg: #fde2df; --warning-bg: #fff0c2;
            --info-bg: #dcecfb; --line: #d9d9d9; --muted: #5f6368; --paper: #fff; --ink: #1b1b1b; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
           color: var(--ink); background: #f6f6f4; }
    header, nav.filters, #summary, main, #rules { max-width: 1180px; margin: 0 auto; padding: 0 20px; }
    header h1 { font-size: 1.5em; margin: 18px 0 2px; }
    .totals { margin: 0 0 10px; color: var(--muted); }
    .totals .by { font-size: .9em; }
    .sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-info { color: var(--info); }
    nav.filters { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: 6px 18px; align-items: center;
                  padding-top: 8px; padding-bottom: 8px; background: #f6f6f4ee; border-bottom: 1px solid var(--line); }
    nav.filters label { white-space: nowrap; }
    nav.filters select { max-width: 22em; font: inherit; }
    #shown { color: var(--muted); margin-left: auto; }
    h2 { font-size: 1.2em; margin: 26px 0 8px; }
    table { border-collapse: collapse; width: 100%; background: var(--paper); }
    th, td { text-align: left; padding: 5px 9px; border-bottom: 1px solid var(--line); vertical-align: top; }
    thead th { font-size: .85em; color: var(--muted); font-weight: 600; }
    #summary tbody th { white-space: nowrap; font-weight: normal; }
    #summary td.first { width: 17em; max-width: 17em; overflow-wrap: anywhere; }
    #summary .more { color: var(--muted); font-size: .85em; }
    td.n, th.n { text-align: right; width: 5.5em; font-variant-numeric: tabular-nums; }
    section.file { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; margin: 18px 0; padding: 4px 18px 12px; }
    section.file > h2 { display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: baseline; }
    section.file > h2 .path { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .92em; word-break: break-all; }
    section.file > h2 .counts { font-size: .8em; font-weight: normal; display: flex; gap: 10px; }
    section.resolution > h3 { font-size: 1.02em; margin: 18px 0 6px; padding-top: 8px; border-top: 2px solid var(--ink); }
    .para { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 22em); gap: 0 18px; padding: 3px 0;
            border-bottom: 1px solid #f0f0ee; }
    .para .text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; font-size: 15.5px; padding-left: 3.2em; position: relative; }
    .para .ln { position: absolute; left: 0; width: 2.7em; text-align: right; color: #9aa0a6; font: 11px/2.1 ui-monospace, monospace; user-select: none; }
    .para.flagged { background: #fcfcfa; }
    mark { background: var(--warning-bg); color: inherit; border-bottom: 2px solid var(--warning); border-radius: 2px; padding: 0 1px; }
    mark.sev-error { background: var(--error-bg); border-bottom-color: var(--error); }
    mark.sev-info { background: var(--info-bg); border-bottom-color: var(--info); }
    mark.point { background: none; border: 0; font-weight: bold; color: var(--warning); }
    mark.point.sev-error { color: var(--error); } mark.point.sev-info { color: var(--info); }
    mark.off { background: none; border-bottom-color: transparent; }
    mark.point.off { visibility: hidden; }
    mark:target, .note:target { outline: 2px solid var(--ink); outline-offset: 1px; }
    ol.notes { list-style: none; margin: 0; padding: 2px 0; font-size: 13.5px; grid-column: 2; }
    .note { padding: 3px 8px; margin: 2px 0 6px; border-left: 3px solid var(--warning); background: #fffaf0; }
    .note.sev-error { border-left-color: var(--error); background: #fff6f5; }
    .note.sev-info { border-left-color: var(--info); background: #f5f9fd; }
    .note .loc { font: 12px ui-monospace, monospace; color: var(--muted); text-decoration: none; }
    .note .sev { font-weight: 600; font-size: .85em; text-transform: uppercase; letter-spacing: .03em; }
    .note.sev-error .sev { color: var(--error); } .note.sev-warning .sev { color: var(--warning); } .note.sev-info .sev { color: var(--info); }
    .note .msg { color: var(--ink); }
    .note .where { display: block; color: var(--muted); font-size: .92em; }
    a.explain { font: 12px ui-monospace, monospace; color: var(--info); }
    #rules details { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; margin: 6px 0; padding: 6px 12px; }
    #rules details[open] { box-shadow: 0 1px 6px #0002; }
    #rules summary { cursor: pointer; }
    #rules .explanation p { margin: .5em 0; max-width: 52em; }
    #rules pre { background: #f3f3f1; padding: 8px; overflow-x: auto; font-size: 13px; white-space: pre-wrap; }
    #rules .label { font-size: .85em; color: var(--muted); margin-bottom: 0; }
    .clean { color: #1e7d32; font-weight: 600; }
    [hidden] { display: none !important; }
    @media screen and (max-width: 760px) {
      .para { grid-template-columns: 1fr; }
      ol.notes { grid-column: 1; padding-left: 3.2em; }
    }
    @media print {
      body { background: #fff; font-size: 10.5pt; }
      nav.filters, #shown { display: none; }
      header, #summary, main, #rules { max-width: none; padding: 0; }
      section.file { border: 0; padding: 0; margin: 0 0 12pt; break-before: page; }
      section.file:first-child { break-before: auto; }
      .para { grid-template-columns: minmax(0, 1fr) 15em; break-inside: avoid; border-bottom: 0; }
      .para .text { font-size: 10.5pt; padding-left: 2.6em; }
      ol.notes { font-size: 8.5pt; grid-column: 2; padding-left: 0; }
      .note { background: none; }
      mark { background: none; text-decoration: underline 1.5px; text-decoration-color: var(--warning); border: 0; }
      mark.sev-error { text-decoration-color: var(--error); }
      mark.sev-info { text-decoration-color: var(--info); }
      a { color: inherit; text-decoration: none; }
      #rules { break-before: page; }
      #rules details > *:not(summary) { display: block; }
      #rules details { border: 0; box-shadow: none; padding: 0; }
      table { font-size: 9pt; }
    }

    """

    static let script = """
    (function () {
      "use strict";
      var all = function (selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); };
      var byId = function (id) { return document.getElementById(id); };
      var ruleFilter = byId("rule-filter"), fileFilter = byId("file-filter"), flaggedOnly = byId("flagged-only");
      function apply() {
        var severities = {};
        all("input[name=sev]").forEach(function (box) { severities[box.value] = box.checked; });
        var rule = ruleFilter ? ruleFilter.value : "", file = fileFilter ? fileFilter.value : "";
        var visible = {}, shown = 0;
        all("section.file").forEach(function (section) {
          var fileShown = !file || section.getAttribute("data-file") === file;
          section.hidden = !fileShown;
          all(".note", section).forEach(function (note) {
            var ok = fileShown && severities[note.getAttribute("data-sev")] && (!rule || note.getAttribute("data-rule") === rule);
            note.hidden = !ok;
            if (ok) { visible[note.getAttribute("data-f")] = true; shown += 1; }
          });
        });
        all("mark[data-f]").forEach(function (mark) {
          var on = mark.getAttribute("data-f").split(" ").some(function (n) { return visible[n]; });
          mark.classList.toggle("off", !on);
        });
        all(".para").forEach(function (para) {
          var notes = para.querySelector(".note:not([hidden])");
          para.hidden = (flaggedOnly && flaggedOnly.checked && !notes) || false;
        });
        all("section.resolution").forEach(function (section) {
          section.hidden = !section.querySelector(".para:not([hidden])");
        });
        all("#summary tr[data-rule]").forEach(function (row) { row.hidden = !!rule && row.getAttribute("data-rule") !== rule; });
        var total = all(".note").length;
        byId("shown").textContent = shown === total ? total + " findings" : shown + " of " + total + " findings shown";
      }
      function openTarget() {
        var id = decodeURIComponent(location.hash.slice(1));
        var target = id && byId(id);
        if (!target) { return; }
        if (target.tagName === "DETAILS") { target.open = true; }
        // A finding hidden by the filters is shown when linked to.
        var para = target.closest && target.closest(".para");
        if (para && para.hidden) { if (flaggedOnly) { flaggedOnly.checked = false; } apply(); target.scrollIntoView(); }
      }
      all("input, select").forEach(function (control) { control.addEventListener("change", apply); });
      window.addEventListener("hashchange", openTarget);
      window.addEventListener("beforeprint", function () { all("#rules details").forEach(function (d) { d.open = true; }); });
      apply();
      openTarget();
    })();

    """
}
