/* The /widget page: rebuild the snippet and the live demo as the form changes. */
(function () {
  "use strict";
  var form = document.getElementById("widget-builder");
  if (!form) return;
  var code = document.getElementById("snippet-code");
  var iframeCode = document.getElementById("iframe-code");
  var demo = document.getElementById("widget-demo");
  var copy = document.querySelector("button.copy");
  var copyStatus = document.querySelector(".copy-status");
  var pending = 0;
  var built = new URLSearchParams(new FormData(form)).toString();

  function applyAccent(accent) {
    var widget = demo.querySelector("projsearch-widget");
    if (!widget) return;
    if (accent) widget.style.setProperty("--projsearch-accent", accent);
    else widget.style.removeProperty("--projsearch-accent");
  }

  // Each preset the API would refuse is named beside its field, which is marked invalid.
  function showProblems(problems) {
    form.querySelectorAll("[data-problem-for]").forEach(function (note) {
      var facet = note.getAttribute("data-problem-for");
      var field = form.elements[facet];
      var problem = problems[facet] || "";
      note.textContent = problem;
      note.hidden = !problem;
      if (!field) return;
      if (problem) field.setAttribute("aria-invalid", "true");
      else field.removeAttribute("aria-invalid");
    });
  }

  // Picking a colour is choosing a custom accent; until then the snippet sets none.
  var accent = document.getElementById("b-accent");
  var customAccent = document.getElementById("b-accent-custom");
  if (accent && customAccent) {
    accent.addEventListener("input", function () { customAccent.checked = true; });
  }

  function rebuild() {
    var params = new URLSearchParams(new FormData(form));
    // A change event after an input event (on blur) must not reset a demo the visitor is using.
    if (params.toString() === built) return;
    built = params.toString();
    var ticket = ++pending;
    fetch(form.getAttribute("data-snippet-url") + "?" + params.toString(), { headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (snippet) {
        if (ticket !== pending) return;
        code.textContent = snippet.html;
        iframeCode.textContent = snippet.iframe;
        var widget = document.createElement("projsearch-widget");
        snippet.attributes.forEach(function (pair) { widget.setAttribute(pair[0], pair[1]); });
        demo.replaceChildren(widget);
        applyAccent(snippet.accent);
        showProblems(snippet.problems || {});
        history.replaceState(null, "", "?" + params.toString());
      });
  }

  var timer = 0;
  form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(rebuild, 300); });
  form.addEventListener("change", function () { clearTimeout(timer); timer = setTimeout(rebuild, 50); });
  form.addEventListener("submit", function (event) { event.preventDefault(); rebuild(); });
  applyAccent(demo.getAttribute("data-accent"));

  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(code.textContent).then(
        function () { copyStatus.textContent = copy.getAttribute("data-copied"); },
        function () { copyStatus.textContent = copy.getAttribute("data-copy-failed"); }
      );
    });
  }
})();
