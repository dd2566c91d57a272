/* projsearch's <projsearch-widget>: the options are on the server's /widget page. */
(function () {
  "use strict";
  var TAG = "projsearch-widget";
  if (!window.customElements || window.customElements.get(TAG)) return;

  // Filled in by the server from static/widget/strings.json when it serves /widget.js.
  var STRINGS = __PROJSEARCH_STRINGS__;
  // The English sentences the search layer puts in "notes", by name; filled in the same way.
  var NOTES = __PROJSEARCH_NOTES__;
  var FACETS = ["programme", "year", "country", "language", "kind"];
  var SORTS = ["relevance", "newest", "oldest", "title"];
  var TARGETS = ["_self", "_blank", "_top", "_parent"];
  var REQUEST_TIMEOUT_MS = 15000;
  var DEBOUNCE_MS = 250;

  var script = document.currentScript;
  // The script's own directory is the default server: the snippet then needs no endpoint.
  var DEFAULT_ENDPOINT = script && script.src ? new URL(".", script.src).href : location.origin + "/";

  // The dark theme's colours, for theme=dark and for a visitor whose system is dark.
  var DARK = "--_accent:var(--_lit,#8cb8ff);--_bg:var(--projsearch-bg,#17191d);--_fg:var(--projsearch-fg,#e8eaee);" +
    "--_muted:var(--projsearch-muted,#a9b0bc);--_border:var(--projsearch-border,#3a3f48);--_mark-bg:var(--projsearch-mark-bg,#6b5a00);" +
    "--_mark-fg:var(--projsearch-mark-fg,#fff8d6);--_error:var(--projsearch-error,#ff9c94)";

  var CSS = [
    ":host{display:block;contain:content;",
    // On a dark ground a custom accent is mixed with white (55 %), so text in it stays readable (5:1 or more).
    "--_accent:var(--projsearch-accent,#1d5bb8);--_lit:color-mix(in srgb,var(--projsearch-accent) 45%,#fff);--_bg:var(--projsearch-bg,#fff);--_fg:var(--projsearch-fg,#1b1e23);",
    "--_muted:var(--projsearch-muted,#545c68);--_border:var(--projsearch-border,#cdd2da);",
    "--_mark-bg:var(--projsearch-mark-bg,#ffe87a);--_mark-fg:var(--projsearch-mark-fg,#1b1e23);",
    "--_error:var(--projsearch-error,#a3211a);--_radius:var(--projsearch-radius,6px);--_focus:var(--projsearch-focus,var(--_accent))}",
    ":host([hidden]){display:none}",
    ":host([theme=dark]){" + DARK + "}",
    "@media (prefers-color-scheme:dark){:host(:not([theme=light])){" + DARK + "}}",
    // all:initial cuts off whatever the host page lets inherit; the font then follows the host.
    ".root{all:initial;display:block;font:inherit;font-family:var(--projsearch-font);font-size:var(--projsearch-font-size);",
    "line-height:1.45;color:var(--_fg);background:var(--_bg);border-radius:var(--_radius);padding:var(--projsearch-padding,.75em);text-align:start}",
    "*,*::before,*::after{box-sizing:border-box}",
    "[hidden]{display:none!important}",
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
    "form{display:flex;flex-wrap:wrap;gap:.4em;align-items:flex-end;margin:0}",
    "label.label{flex:1 0 100%;font-weight:600;font-size:.9em}",
    "input[type=search]{flex:1 1 12em;min-width:0;font:inherit;color:inherit;background:var(--_bg);border:1px solid var(--_border);",
    "border-radius:var(--_radius);padding:.45em .6em;margin:0}",
    "button{font:inherit;cursor:pointer;color:var(--_bg);background:var(--_accent);border:1px solid var(--_accent);border-radius:var(--_radius);padding:.45em .8em;margin:0}",
    "button.plain{color:var(--_accent);background:transparent}",
    "button:disabled{opacity:.45;cursor:default}",
    "input:focus-visible,button:focus-visible,a:focus-visible,summary:focus-visible,label.opt:focus-within{outline:2px solid var(--_focus);outline-offset:2px}",
    "a{color:var(--_accent)}",
    ".status{margin:.6em 0 0;color:var(--_muted);font-size:.9em;min-height:1.2em}",
    ".note{margin:.3em 0 0;font-size:.9em}",
    ".notice{display:block;margin:.3em 0 0;padding-inline-start:.6em;border-inline-start:3px solid var(--_accent);color:var(--_fg)}",
    ".error{margin:.6em 0 0;padding:.6em .7em;border:1px solid var(--_error);border-left-width:4px;border-radius:var(--_radius);color:var(--_error)}",
    ".results{list-style:none;margin:.4em 0 0;padding:0}",
    ".result{display:block;margin:0;padding:.6em 0;border-top:1px solid var(--_border)}",
    ".title{font-weight:600;font-size:1.05em;text-decoration:none;overflow-wrap:anywhere}",
    ".title:hover{text-decoration:underline}",
    ".snippet{margin:.2em 0 0;overflow-wrap:anywhere}",
    "mark{background:var(--_mark-bg);color:var(--_mark-fg);border-radius:2px;padding:0 .1em}",
    ".meta{margin:.25em 0 0;font-size:.85em;color:var(--_muted);display:flex;flex-wrap:wrap;gap:.2em .8em}",
    ".meta a{color:inherit}",
    "details.facets{margin:.6em 0 0}",
    "summary{cursor:pointer;color:var(--_accent);font-size:.9em}",
    "fieldset{border:0;margin:.4em 0 0;padding:0;min-width:0}",
    "legend{font-weight:600;font-size:.9em;padding:0}",
    ".opts{display:flex;flex-wrap:wrap;gap:.2em .4em;max-height:9em;overflow:auto;padding:.15em}",
    "label.opt{display:inline-flex;align-items:center;gap:.3em;font-size:.9em;border:1px solid var(--_border);border-radius:999px;padding:.1em .6em;cursor:pointer}",
    "label.opt input{margin:0;accent-color:var(--_accent)}",
    ".count{color:var(--_muted)}",
    ".pager{display:flex;align-items:center;gap:.6em;margin:.6em 0 0;flex-wrap:wrap}",
    ".footer{margin:.6em 0 0;font-size:.9em;display:flex;justify-content:space-between;gap:.6em;flex-wrap:wrap}",
    ".footer .by{color:var(--_muted)}"
  ].join("");

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      for (var key in attrs) {
        if (attrs[key] !== null && attrs[key] !== undefined && attrs[key] !== false) node.setAttribute(key, attrs[key]);
      }
    }
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) node.append(child);
    });
    return node;
  }

  // The server escapes with these three and numeric references (&#34; &#39;), nothing else.
  var NAMED_ENTITIES = { amp: "&", lt: "<", gt: ">" };

  function decodeEntities(text) {
    return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, function (whole, name) {
      if (name.charAt(0) === "#") {
        var code = name.charAt(1).toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : whole;
    });
  }

  // The server's snippet is escaped text with <mark> as the only markup; anything else stays text.
  function appendSnippet(parent, snippetHtml) {
    var inMark = false;
    String(snippetHtml).split(/(<mark\b[^>]*>|<\/mark>)/i).forEach(function (piece) {
      if (/^<mark\b/i.test(piece)) { inMark = true; return; }
      if (/^<\/mark>$/i.test(piece)) { inMark = false; return; }
      if (!piece) return;
      var text = document.createTextNode(decodeEntities(piece));
      parent.append(inMark ? el("mark", { part: "mark" }, [text]) : text);
    });
  }

  function isolated(text) {
    return el("bdi", null, [String(text)]);
  }

  // "A, B" with each value isolated: the comma stays between the two whatever their direction.
  function isolatedList(values) {
    return values.reduce(function (pieces, value, i) {
      return pieces.concat(i ? [", ", isolated(value)] : [isolated(value)]);
    }, []);
  }

  function splitList(value) {
    return (value || "").split(",").map(function (item) { return item.trim(); }).filter(Boolean);
  }

  // A year preset may be a range ("2014-2020", "2014-"): the visitor may pick any year inside it.
  function withinPreset(facet, value, preset) {
    if (!preset.length || preset.indexOf(value) >= 0) return true;
    if (facet !== "year" || !/^\d{4}$/.test(value)) return false;
    return preset.some(function (item) {
      var range = /^(\d{4})?-(\d{4})?$/.exec(item);
      if (!range || item === "-") return false;
      var year = Number(value);
      return year >= Number(range[1] || 0) && year <= Number(range[2] || 9999);
    });
  }

  function safeHttpUrl(value) {
    if (typeof value !== "string") return null;
    try {
      var url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  // The widget language for a lang attribute: "de-AT" is German, one without strings English.
  function pickLanguage(lang) {
    var code = (lang || "en").toLowerCase();
    var base = code.split("-")[0];
    return STRINGS[code] ? code : STRINGS[base] ? base : "en";
  }

  // A code's name in the widget's language (Intl.DisplayNames); the code itself where there is none.
  function namer(lang, type) {
    var names = null;
    // An old browser has no Intl.DisplayNames: the codes are shown.
    try { names = new Intl.DisplayNames([lang], { type: type, fallback: "code" }); } catch (e) { names = null; }
    return function (code) {
      try { return names && names.of(code) || code; } catch (e) { return code; }
    };
  }

  function yearsLabel(years) {
    var sorted = (years || []).map(Number).filter(function (y) { return y > 0; }).sort(function (a, b) { return a - b; });
    if (!sorted.length) return "";
    var consecutive = sorted.every(function (y, i) { return i === 0 || y === sorted[i - 1] + 1; });
    if (consecutive && sorted.length > 1) return sorted[0] + "\u2013" + sorted[sorted.length - 1];
    return sorted.slice(0, 6).join(", ") + (sorted.length > 6 ? ", \u2026" : "");
  }

  var instances = 0;

  class ProjsearchWidget extends HTMLElement {
    static get observedAttributes() {
      return ["endpoint", "lang", "per-page", "facets", "placeholder", "paging", "sort", "target", "browse", "label"].concat(FACETS);
    }
  }

  var proto = ProjsearchWidget.prototype;

  proto.connectedCallback = function () {
    if (!this._built) this._build();
    this._configure();
    var initial = this.getAttribute("query");
    if (initial && !this._input.value) this._input.value = initial;
    this._search(1, false);
  };

  proto.disconnectedCallback = function () {
    if (this._controller) this._controller.abort();
    clearTimeout(this._timer);
  };

  proto.attributeChangedCallback = function (name, oldValue, newValue) {
    if (!this._built || oldValue === newValue || !this.isConnected) return;
    this._configure();
    this._selected = {};
    this._search(1, false);
  };

  proto._configure = function () {
    var endpoint = this.getAttribute("endpoint") || DEFAULT_ENDPOINT;
    this._endpoint = new URL(endpoint.replace(/\/?$/, "/"), location.href).href;
    this._lang = this.getAttribute("lang") || (this.parentElement && this.parentElement.closest("[lang]") || document.documentElement).lang || "en";
    this._langCode = pickLanguage(this._lang);
    this._t = STRINGS[this._langCode];
    var perPage = parseInt(this.getAttribute("per-page") || "5", 10);
    this._perPage = perPage >= 1 && perPage <= 50 ? perPage : 5;
    this._allowedFacets = splitList(this.getAttribute("facets")).filter(function (f) { return FACETS.indexOf(f) >= 0; });
    this._presets = {};
    for (var i = 0; i < FACETS.length; i++) {
      var values = splitList(this.getAttribute(FACETS[i]));
      if (values.length) this._presets[FACETS[i]] = values;
    }
    this._paging = this.getAttribute("paging") === "more" ? "more" : "pages";
    var sort = this.getAttribute("sort");
    this._sort = SORTS.indexOf(sort) >= 0 ? sort : null;
    var target = this.getAttribute("target");
    this._target = TARGETS.indexOf(target) >= 0 ? target : "_self";
    this._browse = this.hasAttribute("browse");
    this._selected = this._selected || {};
    this._regionNames = namer(this._lang, "region");
    this._languageNames = namer(this._lang, "language");
    this._numbers = new Intl.NumberFormat(this._lang);
    this._plurals = new Intl.PluralRules(this._lang);

    var t = this._t;
    this._root.host.setAttribute("data-projsearch-lang", this._langCode);
    this._labelText.textContent = this.getAttribute("label") || t.label;
    this._input.placeholder = this.getAttribute("placeholder") || t.placeholder;
    this._button.textContent = t.submit;
    this._facetSummary.textContent = t.filters;
    this._prev.textContent = t.previous;
    this._next.textContent = t.next;
    this._more.textContent = t.more;
    this._pager.setAttribute("aria-label", t.pagination);
    this._by.textContent = t.poweredBy;
    this._fullLink.textContent = t.fullSearch;
    this._fullLink.target = this._target === "_self" ? "_blank" : this._target;
    this._wrapper.lang = this._langCode;
  };

  proto._build = function () {
    this._built = true;
    var id = "psw" + (++instances);
    var shadow = this.attachShadow({ mode: "open" });
    this._root = shadow;
    // A constructed sheet is not an inline <style>, so a strict host CSP (style-src) does not block it.
    var sheet = null;
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      shadow.adoptedStyleSheets = [sheet];
    } catch (e) {
      sheet = null;
    }

    this._labelText = el("label", { "class": "label", "for": id + "-q", part: "label" });
    this._input = el("input", {
      id: id + "-q", type: "search", name: "q", part: "input", autocomplete: "off", spellcheck: "false", dir: "auto", maxlength: 1000,
      enterkeyhint: "search", "aria-controls": id + "-results"
    });
    this._button = el("button", { type: "submit", part: "button" });
    this._form = el("form", { role: "search", part: "form" }, [this._labelText, this._input, this._button]);

    this._status = el("p", { "class": "status", role: "status", "aria-live": "polite", "aria-atomic": "true", part: "status" });
    this._note = el("p", { "class": "note", part: "note", hidden: "" });
    this._error = el("div", { "class": "error", role: "alert", part: "error", hidden: "" });
    this._facetSummary = el("summary", { part: "facets-toggle" });
    this._facetBody = el("div");
    this._facets = el("details", { "class": "facets", part: "facets", hidden: "" }, [this._facetSummary, this._facetBody]);
    this._results = el("ol", { id: id + "-results", "class": "results", part: "results", "aria-label": "" });
    this._prev = el("button", { type: "button", "class": "plain", part: "pager-button previous" });
    this._pageInfo = el("span", { part: "pager-info" });
    this._next = el("button", { type: "button", "class": "plain", part: "pager-button next" });
    this._pager = el("nav", { "class": "pager", part: "pager", hidden: "" }, [this._prev, this._pageInfo, this._next]);
    this._more = el("button", { type: "button", "class": "plain", part: "more", hidden: "" });
    this._fullLink = el("a", { part: "full-search", rel: "noopener" });
    this._by = el("span", { "class": "by", part: "powered-by" });
    this._footer = el("div", { "class": "footer", part: "footer" }, [this._fullLink, this._by]);
    this._wrapper = el("div", { "class": "root", part: "root" }, [
      this._form, this._status, this._note, this._error, this._facets, this._results, this._pager, this._more, this._footer
    ]);
    if (!sheet) shadow.append(el("style", null, [CSS]));
    shadow.append(this._wrapper);

    var self = this;
    this._form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(self._timer);
      self._search(1, false);
    });
    this._input.addEventListener("input", function () {
      self._exact = false;
      clearTimeout(self._timer);
      self._timer = setTimeout(function () { self._search(1, false); }, DEBOUNCE_MS);
    });
    this._input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        var first = self._resultLinks()[0];
        if (first) { event.preventDefault(); first.focus(); }
      }
    });
    this._results.addEventListener("keydown", function (event) { self._onResultKey(event); });
    this._prev.addEventListener("click", function () { self._search(self._page - 1, false); });
    this._next.addEventListener("click", function () { self._search(self._page + 1, false); });
    this._more.addEventListener("click", function () { self._search(self._page + 1, true); });
    this._facetBody.addEventListener("change", function (event) {
      var box = event.target;
      if (!box || box.type !== "checkbox") return;
      var facet = box.getAttribute("data-facet");
      var chosen = self._selected[facet] || [];
      chosen = chosen.filter(function (v) { return v !== box.value; });
      if (box.checked) chosen.push(box.value);
      self._selected[facet] = chosen;
      self._focusAfterRender = { facet: facet, value: box.value };
      self._search(1, false);
    });
  };

  proto._resultLinks = function () {
    return Array.prototype.slice.call(this._results.querySelectorAll("a.title"));
  };

  // Arrow keys move between result titles; Escape goes back to the search box.
  proto._onResultKey = function (event) {
    var links = this._resultLinks();
    var index = links.indexOf(this._root.activeElement);
    if (index < 0) return;
    var next = null;
    if (event.key === "ArrowDown") next = links[Math.min(index + 1, links.length - 1)];
    else if (event.key === "ArrowUp") next = index === 0 ? this._input : links[index - 1];
    else if (event.key === "Home") next = links[0];
    else if (event.key === "End") next = links[links.length - 1];
    else if (event.key === "Escape") next = this._input;
    if (next) { event.preventDefault(); next.focus(); }
  };

  proto._filters = function () {
    var filters = {};
    for (var i = 0; i < FACETS.length; i++) {
      var facet = FACETS[i];
      var chosen = this._selected[facet] || [];
      var preset = this._presets[facet] || [];
      // The visitor refines within the preset, never outside it.
      chosen = chosen.filter(function (v) { return withinPreset(facet, v, preset); });
      var values = chosen.length ? chosen : preset;
      if (values.length) filters[facet] = values;
    }
    return filters;
  };

  proto._queryParams = function (page) {
    var params = new URLSearchParams();
    var text = this._input.value.trim();
    if (text) params.set("q", text);
    var filters = this._filters();
    Object.keys(filters).forEach(function (facet) {
      filters[facet].forEach(function (value) { params.append(facet, value); });
    });
    if (this._sort) params.set("sort", this._sort);
    if (page) params.set("page", String(page));
    if (this._exact) params.set("spelling", "exact");
    params.set("lang", this._langCode);
    return params;
  };

  proto._fullSearchUrl = function () {
    var params = this._queryParams(0);
    return this._endpoint + "?" + params.toString();
  };

  proto._search = function (page, append) {
    var self = this;
    var text = this._input.value.trim();
    this._fullLink.href = this._fullSearchUrl();
    if (!text && !this._browse) {
      if (this._controller) this._controller.abort();
      this._seq = (this._seq || 0) + 1;
      this._clearResults();
      this._status.textContent = "";
      return;
    }
    var params = this._queryParams(page);
    params.set("per_page", String(this._perPage));
    if (this._controller) this._controller.abort();
    var controller = new AbortController();
    this._controller = controller;
    var seq = this._seq = (this._seq || 0) + 1;
    var timedOut = false;
    var timer = setTimeout(function () { timedOut = true; controller.abort(); }, REQUEST_TIMEOUT_MS);
    this._results.setAttribute("aria-busy", "true");
    this._status.textContent = this._t.searching;
    fetch(this._endpoint + "api/search?" + params.toString(), {
      signal: controller.signal, credentials: "omit", headers: { Accept: "application/json" }
    }).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (body) {
        if (!response.ok || !body || typeof body !== "object") {
          var failure = new Error("http");
          failure.status = response.status;
          failure.detail = body && body.error && body.error.message;
          throw failure;
        }
        return body;
      });
    }).then(function (body) {
      if (seq !== self._seq) return;
      self._render(body, text, append);
    }).catch(function (failure) {
      if (seq !== self._seq) return;
      if (failure && failure.name === "AbortError" && !timedOut) return;
      self._showError(failure, timedOut);
    }).then(function () {
      clearTimeout(timer);
      if (seq === self._seq) self._results.removeAttribute("aria-busy");
    });
  };

  // The plural form for n, as _fill's pieces: "{q}" may be given as an element.
  proto._plural = function (forms, n, nodes) {
    var form = forms[this._plurals.select(n)] || forms.other;
    return this._fill(form, Object.assign({ n: this._numbers.format(n) }, nodes));
  };

  proto._format = function (template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  };

  // A translated sentence with elements in it: "{q}" in the template becomes the node given for q.
  proto._fill = function (template, nodes) {
    return String(template).split(/(\{\w+\})/).map(function (piece) {
      var key = /^\{(\w+)\}$/.exec(piece);
      return key && Object.prototype.hasOwnProperty.call(nodes, key[1]) ? nodes[key[1]] : piece;
    }).filter(function (piece) { return piece !== ""; });
  };

  proto._clearResults = function () {
    this._results.replaceChildren();
    this._pager.hidden = true;
    this._more.hidden = true;
    this._note.hidden = true;
    this._error.hidden = true;
    this._facets.hidden = true;
  };

  proto._showError = function (failure, timedOut) {
    this._clearResults();
    this._status.textContent = "";
    var t = this._t;
    var message;
    if (failure && failure.status === 400 && typeof failure.detail === "string") {
      // The server refused the embed's settings (a preset, most often): say why, as it said it.
      message = this._fill(t.refusedSettings, { message: isolated(failure.detail) });
    } else if (failure && failure.message === "http") {
      message = this._format(t.error, { status: failure.status || "?" });
    } else if (timedOut) {
      message = this._format(t.error, { status: "timeout" });
    } else {
      // fetch() rejects without detail both when the server is down and when CORS refuses us.
      message = t.refused;
    }
    this._error.replaceChildren.apply(this._error, [].concat(message));
    this._error.hidden = false;
    this._root.host.setAttribute("data-state", "error");
  };

  proto._render = function (body, text, append) {
    var t = this._t;
    var total = Number(body.total) || 0;
    var page = Number(body.page) || 1;
    var perPage = Number(body.per_page) || this._perPage;
    var pages = Number(body.pages) || Math.max(1, Math.ceil(total / perPage));
    this._page = page;
    this._error.hidden = true;
    this._root.host.setAttribute("data-state", "results");

    if (!append) this._results.replaceChildren();
    var hits = Array.isArray(body.hits) ? body.hits : [];
    var self = this;
    var firstNew = null;
    hits.forEach(function (hit) {
      var item = self._renderHit(hit);
      if (!firstNew) firstNew = item;
      self._results.append(item);
    });

    // The words echoed back are isolated, so a right-to-left query cannot reorder the count and quotes.
    var count;
    if (total === 0) {
      count = text ? this._fill(t.noResults, { q: isolated(text) }) : [t.noResultsBrowse];
    } else if (text) {
      var shownFor = typeof body.corrected === "string" && body.corrected ? body.corrected : text;
      count = this._plural(t.resultsFor, total, { q: isolated(shownFor) });
    } else {
      count = this._plural(t.results, total);
    }
    this._status.replaceChildren.apply(this._status, count);
    this._results.setAttribute("aria-label", this._status.textContent);
    // In the same polite, atomic status: the count and what became of the words are read together.
    this._status.append.apply(this._status, this._notices(body));
    this._renderNote(body);
    this._renderFacets(body.facets || {});

    var hasMore = page < pages;
    if (this._paging === "more") {
      this._pager.hidden = true;
      this._more.hidden = !hasMore;
      if (append && firstNew) {
        var link = firstNew.querySelector("a.title");
        if (link) link.focus();
      }
    } else {
      this._more.hidden = true;
      this._pager.hidden = pages <= 1;
      this._prev.disabled = page <= 1;
      this._next.disabled = !hasMore;
      this._pageInfo.textContent = this._format(t.page, { page: this._numbers.format(page), pages: this._numbers.format(pages) });
    }
  };

  // The search layer's notes, each said in the widget's language; one it does not know yet is
  // shown as the server wrote it (in English) rather than left out.
  proto._notices = function (body) {
    var t = this._t;
    var said = Object.create(null);
    said[NOTES.malformed] = t.noteMalformed;
    said[NOTES.nothingSearchable] = t.noteNothingSearchable;
    said[NOTES.timeout] = t.noteTimeout;
    var notes = (Array.isArray(body.notes) ? body.notes : []).filter(function (note, i, all) {
      return typeof note === "string" && note && all.indexOf(note) === i;
    });
    if (body.partial === true && notes.indexOf(NOTES.timeout) < 0) notes.push(NOTES.timeout);
    return notes.map(function (note) {
      var known = note in said;
      return el("span", { "class": "notice", part: "notice", lang: known ? null : "en" }, [known ? said[note] : note]);
    });
  };

  proto._renderNote = function (body) {
    var self = this;
    var t = this._t;
    this._note.replaceChildren();
    if (body.corrected && typeof body.corrected === "string") {
      // The typed words found nothing and their correction did: say so, and offer the exact words.
      var typed = this._input.value.trim();
      var exact = el("button", { type: "button", "class": "plain", part: "exact-search", dir: "auto" }, [typed]);
      exact.addEventListener("click", function () {
        self._exact = true;
        self._search(1, false);
        self._input.focus();
      });
      this._note.append.apply(this._note, this._fill(t.corrected, { corrected: el("strong", { part: "corrected", dir: "auto" }, [body.corrected]) }));
      this._note.append(" ");
      this._note.append.apply(this._note, this._fill(t.searchInstead, { q: exact }));
    } else if (body.suggestion && typeof body.suggestion === "string") {
      var suggestion = body.suggestion;
      var button = el("button", { type: "button", "class": "plain", part: "suggestion", dir: "auto" }, [suggestion]);
      button.addEventListener("click", function () {
        self._exact = false;
        self._input.value = suggestion;
        self._search(1, false);
        self._input.focus();
      });
      this._note.append(t.didYouMean + " ", button, "?");
    } else if (body.relaxed) {
      this._note.append(t.relaxed);
    }
    this._note.hidden = !this._note.childNodes.length;
  };

  proto._documentUrl = function (hit) {
    var path = String(hit.id).split("/").map(encodeURIComponent).join("/");
    var anchor = hit.snippet_page ? "#page-" + encodeURIComponent(hit.snippet_page) : "";
    return this._endpoint + "documents/" + path + "?lang=" + encodeURIComponent(this._langCode) + anchor;
  };

  proto._renderHit = function (hit) {
    var t = this._t;
    // Titles, snippets and facet values take their direction from their own text (dir=auto, <bdi>),
    // so an Arabic or Hebrew one cannot reorder the counts and separators around it.
    var title = el("a", { "class": "title", part: "title", href: this._documentUrl(hit), target: this._target, dir: "auto" });
    if (this._target === "_blank") title.rel = "noopener";
    title.textContent = hit.title || hit.id || "";
    var snippet = el("p", { "class": "snippet", part: "snippet", dir: "auto" });
    if (hit.snippet_html) appendSnippet(snippet, hit.snippet_html);
    else if (hit.snippet_text) snippet.textContent = hit.snippet_text;

    var meta = [];
    var kind = hit.kind === "report" ? t.report : hit.kind === "page" ? t.webpage : "";
    var pages = Number(hit.pages) || 0;
    var kindText = kind + (hit.kind === "report" && pages ? " \u00b7 " + this._plural(t.pages, pages).join("") : "");
    if (kindText) meta.push(kindText);
    if (hit.snippet_page) meta.push(this._format(t.pageShort, { page: hit.snippet_page }));
    if (Array.isArray(hit.programmes) && hit.programmes.length) meta.push(isolatedList(hit.programmes));
    var years = yearsLabel(hit.years);
    if (years) meta.push(years);
    var regions = this._regionNames;
    if (Array.isArray(hit.countries) && hit.countries.length) {
      meta.push(hit.countries.map(regions).join(", "));
    }
    var languages = this._languageNames;
    if (Array.isArray(hit.languages) && hit.languages.length) {
      var names = hit.languages.filter(function (code) { return code && code !== "und"; }).map(languages);
      if (names.length) meta.push(names.join(", "));
    }
    var metaLine = el("p", { "class": "meta", part: "meta" }, meta.map(function (item) {
      return el("span", null, Array.isArray(item) ? item : [item]);
    }));
    var source = safeHttpUrl(hit.url);
    if (source) {
      metaLine.append(el("a", { href: source, target: "_blank", rel: "noopener nofollow", part: "source" }, [t.source]));
    }
    return el("li", { "class": "result", part: "result" }, [title, snippet.childNodes.length ? snippet : null, metaLine]);
  };

  proto._renderFacets = function (facets) {
    var self = this;
    var t = this._t;
    this._facetBody.replaceChildren();
    var shown = 0;
    this._allowedFacets.forEach(function (facet) {
      var preset = self._presets[facet] || [];
      var chosen = self._selected[facet] || [];
      var items = Array.isArray(facets[facet]) ? facets[facet] : [];
      items = items.filter(function (item) {
        return item && withinPreset(facet, String(item.value), preset);
      });
      if (items.length < 2 && !chosen.length) return;
      var options = el("div", { "class": "opts" });
      items.forEach(function (item) {
        var value = String(item.value);
        var box = el("input", { type: "checkbox", value: value, "data-facet": facet });
        box.checked = chosen.indexOf(value) >= 0;
        var count = el("span", { "class": "count" }, ["(" + self._numbers.format(Number(item.count) || 0) + ")"]);
        // The server names the values (countries, languages, document types) in the widget's language.
        var label = el("bdi", null, [String(item.label || value)]);
        options.append(el("label", { "class": "opt", part: "facet-option" }, [box, label, " ", count]));
      });
      self._facetBody.append(el("fieldset", { part: "facet", "data-facet": facet }, [
        el("legend", null, [t["facet_" + facet] || facet]), options
      ]));
      shown++;
    });
    this._facets.hidden = shown === 0;
    if (this._focusAfterRender) {
      var wanted = this._focusAfterRender;
      this._focusAfterRender = null;
      var boxes = this._facetBody.querySelectorAll("input[type=checkbox]");
      for (var i = 0; i < boxes.length; i++) {
        if (boxes[i].getAttribute("data-facet") === wanted.facet && boxes[i].value === wanted.value) { boxes[i].focus(); break; }
      }
    }
  };

  window.customElements.define(TAG, ProjsearchWidget);
})();
