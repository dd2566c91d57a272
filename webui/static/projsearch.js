// Progressive enhancement of the search page: results and facets update in place.
// Without this file every control still works as a plain GET form or link.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  // An in-page link (the skip link, "Refine results", a document's page list) moves the keyboard
  // to its target, so the next Tab starts there, on every page.
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (!link || event.defaultPrevented || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) { return; }
    var target = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (!target) { return; }
    if (!target.hasAttribute("tabindex")) { target.setAttribute("tabindex", "-1"); }
    window.setTimeout(function () { target.focus(); }, 0);
  });
  var form = document.getElementById("search-form");
  var region = document.getElementById("search-body");
  var status = document.getElementById("result-status");
  if (!form || !region || !window.fetch || !window.history.pushState) { return; }
  var input = document.getElementById("q");
  var sort = document.getElementById("sort");
  var perPage = document.getElementById("per_page");
  var timer = null;
  var pending = null;
  var typing = false;  // consecutive keystrokes replace one history entry instead of adding many

  // The search the region shows: its path and arguments, without any #fragment.
  function searchOf(url) {
    var target = new URL(url, window.location.href);
    return target.pathname + target.search;
  }
  var shown = searchOf(window.location.href);

  // Keep the keyboard off phones on load; desktop users get the cursor in the box.
  if (window.matchMedia("(min-width: 48rem)").matches && !input.value) { input.focus(); }

  function formUrl() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (String(value).trim() !== "" || key === "q") { params.append(key, value); }
    });
    if (!params.get("q")) { params.delete("q"); }
    if (perPage && params.get("per_page") === perPage.dataset.default) { params.delete("per_page"); }
    return form.getAttribute("action") + (params.toString() ? "?" + params.toString() : "");
  }

  function partialUrl(url) {
    var target = new URL(url, window.location.href);
    target.searchParams.set("partial", "1");
    return target.pathname + target.search;
  }

  function syncControls(url) {
    var params = new URL(url, window.location.href).searchParams;
    if (document.activeElement !== input) { input.value = params.get("q") || ""; }
    var browse = !(params.get("q") || "").trim();
    var wanted = params.get("sort") || "";
    if (wanted === "relevance" || (browse && wanted === "newest")) { wanted = ""; }
    // Without words the default order is newest first: the empty choice is labelled so.
    var plain = sort.querySelector("option[value='']");
    var newest = sort.querySelector("option[value='newest']");
    if (plain) { plain.textContent = browse ? plain.dataset.browse : plain.dataset.words; }
    if (newest) { newest.hidden = browse; newest.disabled = browse; }
    sort.value = wanted;
    if (perPage) { perPage.value = params.get("per_page") || perPage.dataset.default; }
  }

  // After the region is replaced the activated link is gone: focus its counterpart, or the results.
  function restoreFocus(link, toResults) {
    var main = document.getElementById("main");
    if (toResults) {
      if (main) { main.focus({ preventScroll: true }); }
      var top = document.getElementById("search-body");
      if (top) { top.scrollIntoView({ block: "start" }); }
      return;
    }
    var match = null;
    if (link.dataset.facet) {
      match = region.querySelector("a[data-facet='" + CSS.escape(link.dataset.facet) + "'][data-value='" +
        CSS.escape(link.dataset.value) + "']");
    }
    if (match) {
      var details = match.closest("details");
      if (details) { details.open = true; }
      match.focus();
    } else if (main) {
      main.focus({ preventScroll: true });
    }
  }

  // The links outside the region that carry the search (exports, feed, interface languages) take
  // the addresses the fetched region lists for them, so they follow the search shown.
  function followLinks() {
    region.querySelectorAll(".region-links [data-follows]").forEach(function (source) {
      document.querySelectorAll("[data-follows='" + CSS.escape(source.dataset.follows) + "']").forEach(function (link) {
        if (!region.contains(link)) { link.setAttribute("href", source.getAttribute("href")); }
      });
    });
  }

  function load(url, push) {
    if (pending) { pending.abort(); }
    pending = new AbortController();
    document.body.classList.add("loading");
    return fetch(partialUrl(url), { signal: pending.signal, headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.text();
      })
      .then(function (html) {
        region.innerHTML = html;
        var regionStatus = region.querySelector(".region-status");
        if (regionStatus) { status.innerHTML = regionStatus.innerHTML; }
        followLinks();
        var root = region.querySelector(".results-region");
        if (root && root.dataset.title) { document.title = root.dataset.title; }
        if (push === "replace") {
          window.history.replaceState({ projsearch: true }, "", url);
        } else if (push) {
          window.history.pushState({ projsearch: true }, "", url);
        }
        shown = searchOf(url);
        syncControls(url);
        document.body.classList.remove("loading");
      })
      .catch(function (error) {
        if (error.name === "AbortError") { return; }
        // Any failure: fall back to a normal page load, which shows the server's own message.
        window.location.href = url;
      });
  }

  // The same folding as the server's data-search text: case, accents and ł, đ, ø, ß...
  var special = { "ł": "l", "đ": "d", "ð": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ı": "i" };
  function folded(text) {
    return text.toLowerCase().replace(/[łđðøæœßþı]/g, function (c) { return special[c]; })
      .normalize("NFKD").replace(/[\u0300-\u036f]/g, "").split(/\s+/).filter(Boolean).join(" ");
  }

  function filterFacet(box) {
    var lists = document.getElementById(box.getAttribute("aria-controls"));
    if (!lists) { return; }
    var wanted = folded(box.value);
    var shown = 0;
    lists.querySelectorAll("li[data-search]").forEach(function (item) {
      var match = !wanted || item.dataset.search.indexOf(wanted) !== -1;
      item.hidden = !match;
      if (match) { shown += 1; }
    });
    var details = lists.querySelector("details");
    if (details && wanted) { details.open = true; }
    var note = box.parentNode.querySelector(".facet-no-match");
    if (note) { note.textContent = wanted && !shown ? box.dataset.none : ""; }
  }

  region.addEventListener("input", function (event) {
    if (event.target.matches(".facet-filter")) { filterFacet(event.target); }
  });
  region.addEventListener("keydown", function (event) {
    // Enter in a facet's filter box narrows that facet; it must not submit the whole search.
    if (event.key === "Enter" && event.target.matches(".facet-filter")) { event.preventDefault(); }
  });

  // The box stops at the search layer's limit (maxlength): say so, rather than just stop taking keys.
  var limitNote = document.getElementById("q-limit");
  input.addEventListener("input", function () {
    if (limitNote) {
      var full = input.maxLength > 0 && input.value.length >= input.maxLength;
      limitNote.textContent = full ? limitNote.dataset.text : "";
    }
  });
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      load(formUrl(), typing ? "replace" : true);
      typing = true;
    }, 250);
  });
  input.addEventListener("blur", function () { typing = false; });
  sort.addEventListener("change", function () { typing = false; load(formUrl(), true); });
  if (perPage) { perPage.addEventListener("change", function () { typing = false; load(formUrl(), true); }); }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    load(formUrl(), typing ? "replace" : true);
    typing = false;
  });
  region.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-nav]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) { return; }
    event.preventDefault();
    typing = false;
    var toResults = !!link.closest(".pagination, .empty");
    var hadFocus = document.activeElement === link;
    load(link.getAttribute("href"), true).then(function () {
      if (toResults || hadFocus) { restoreFocus(link, toResults); }
    });
  });
  // A popstate whose address differs from the shown search only by its #fragment is an in-page
  // link (the skip link, "Refine results") or the way back from one: not a new search.
  window.addEventListener("popstate", function () {
    var wanted = searchOf(window.location.href);
    if (wanted === shown) { return; }
    load(window.location.pathname + window.location.search, false);
  });
})();
