// Office.js stand-in for the task pane in headless Chromium: served instead of Microsoft's CDN
// office.js (page.route). It defines the globals the pane uses: Office (onReady, HostType,
// requirements, document settings) and Word (run, a document of paragraphs with search, ranges with
// per-character highlight, select, comments, insertion, annotations). The document comes from
// window.__WPS_DOC__ = { host: 'Word', paragraphs: string[], lists?: { [index]: '1.' }, wordApi: '1.5',
// comments?: [{ paragraph, text }] (left by an earlier session), displayLanguage?: 'fr-FR',
// officeTheme?: { bodyBackgroundColor, bodyForegroundColor, isDarkTheme },
// reviewed?: { original, current } (Body.getReviewedText: the text before and after tracked changes) },
// prepended by the test (list numbers stay out of the paragraph text, as in Word).
// What the pane did is readable from window.__WPS_STATE__. Excel parts live in their own file.
(function () {
  'use strict';
  var doc = window.__WPS_DOC__ || { host: 'Word', paragraphs: [] };
  var state = {
    paragraphs: (doc.paragraphs || []).map(function (t, i) { return { text: t, highlight: new Array(t.length).fill(null), list: (doc.lists || {})[i] }; }),
    selected: null, comments: (doc.comments || []).slice(), inserted: [], annotations: [], syncs: 0, settings: {},
  };
  window.__WPS_STATE__ = state;
  var nextId = 1;

  function collection(items) { return { items: items, load: function () { return this; } }; }
  function clientResult(value) { return { value: value }; }

  function range(p, start, end) {
    var r = {
      _where: { p: p, start: start, end: end },
      get text() { return p.text.slice(start, end); },
      font: {
        get highlightColor() {
          var cs = p.highlight.slice(start, end);
          return cs.every(function (c) { return c === cs[0]; }) ? (cs[0] === undefined ? null : cs[0]) : '';
        },
        set highlightColor(v) { for (var i = start; i < end; i++) p.highlight[i] = v ? String(v).toUpperCase() : null; },
      },
      load: function () { return r; },
      select: function () { state.selected = { paragraph: state.paragraphs.indexOf(p), start: start, end: end, text: p.text.slice(start, end) }; },
      insertComment: function (text) { state.comments.push({ paragraph: state.paragraphs.indexOf(p), text: text }); return {}; },
      expandTo: function (o) { return range(p, Math.min(start, o._where.start), Math.max(end, o._where.end)); },
      compareLocationWith: function (o) { return clientResult(o._where.p === p && o._where.start === start && o._where.end === end ? 'Equal' : 'Before'); },
      insertParagraph: function (text) { return paragraphObject(insertAfter(p, text)); },
    };
    return r;
  }

  function insertAfter(p, text) {
    var n = { text: text, highlight: new Array(text.length).fill(null) };
    state.paragraphs.splice(state.paragraphs.indexOf(p) + 1, 0, n);
    state.inserted.push({ after: state.paragraphs.indexOf(p), text: text });
    return n;
  }

  var objects = new Map();
  function paragraphObject(p) {
    if (objects.has(p)) return objects.get(p);
    var o = {
      get text() { return p.text; },
      get isListItem() { return p.list !== undefined; },
      listItemOrNullObject: {
        get isNullObject() { return p.list === undefined; },
        get listString() { return p.list === undefined ? '' : p.list; },
      },
      load: function () { return o; },
      search: function (raw, opts) {
        var needle = raw.replace(/\^\^/g, '^');
        var hay = opts && opts.matchCase ? p.text : p.text.toLowerCase();
        var n = opts && opts.matchCase ? needle : needle.toLowerCase();
        var found = [];
        for (var i = hay.indexOf(n); i !== -1 && n; i = hay.indexOf(n, i + n.length)) found.push(range(p, i, i + n.length));
        return collection(found);
      },
      getRange: function () { return range(p, 0, p.text.length); },
      select: function () { range(p, 0, p.text.length).select(); },
      insertParagraph: function (text) { return paragraphObject(insertAfter(p, text)); },
      insertAnnotations: function (set) {
        return clientResult(set.critiques.map(function (c) {
          var id = 'ann-' + nextId++;
          state.annotations.push({ id: id, paragraph: state.paragraphs.indexOf(p), start: c.start, length: c.length, colorScheme: c.colorScheme });
          return id;
        }));
      },
      getAnnotations: function () {
        return collection(state.annotations.filter(function (a) { return a.paragraph === state.paragraphs.indexOf(p); }).map(function (a) {
          return { id: a.id, delete: function () { state.annotations.splice(state.annotations.indexOf(a), 1); } };
        }));
      },
    };
    objects.set(p, o);
    return o;
  }

  var emptyBody = function () { return { paragraphs: collection([]) }; };
  var context = {
    document: {
      changeTrackingMode: doc.trackChanges || 'Off',
      load: function () { return context.document; },
      body: {
        get paragraphs() { return collection(state.paragraphs.map(paragraphObject)); },
        get footnotes() { return collection([]); },
        getComments: function () { return collection(state.comments.map(function (c) { return { content: c.text }; })); },
        getReviewedText: function (version) {
          if (doc.reviewed) return clientResult(version === 'Original' ? doc.reviewed.original : doc.reviewed.current);
          return clientResult(state.paragraphs.map(function (p) { return p.text + '\r'; }).join(''));
        },
      },
      get sections() { return collection([{ getHeader: emptyBody, getFooter: emptyBody }]); },
      getSelection: function () {
        return { paragraphs: collection([]), insertParagraph: function (text) { state.inserted.push({ after: 'selection', text: text }); return {}; } };
      },
    },
    trackedObjects: { add: function () {}, remove: function () {} },
    sync: function () { state.syncs++; return Promise.resolve(); },
  };

  var wordApi = parseFloat(doc.wordApi || '1.5');
  window.Word = { run: function (batch) { return Promise.resolve().then(function () { return batch(context); }); } };
  window.Office = {
    HostType: { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    onReady: function (cb) {
      var info = { host: doc.host || 'Word', platform: 'OfficeOnline' };
      return new Promise(function (resolve) { setTimeout(function () { if (cb) cb(info); resolve(info); }, 0); });
    },
    context: {
      // Office's display language and theme, when the test gives them (a host without a theme has none).
      displayLanguage: doc.displayLanguage || 'en-US',
      officeTheme: doc.officeTheme,
      requirements: { isSetSupported: function (set, v) { return set === 'WordApi' && parseFloat(v) <= wordApi; } },
      // Office's theme colours when the document gives them ({ bodyBackgroundColor, … }), as Office sets them.
      officeTheme: doc.officeTheme,
      document: {
        settings: {
          get: function (k) { return Object.prototype.hasOwnProperty.call(state.settings, k) ? state.settings[k] : null; },
          set: function (k, v) { state.settings[k] = v; },
          saveAsync: function (cb) { if (cb) cb({ status: 'succeeded' }); },
        },
      },
    },
  };
})();
