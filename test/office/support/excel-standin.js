// Excel part of the Office.js stand-in for the task pane in headless Chromium, appended after
// office-standin.js (officeStandin(doc, [this file])). It defines Excel.run with a workbook of cell
// grids behind the part of the API the add-in uses (selected range; worksheets get/add; ranges by
// indexes with values, number formats, fonts, fills, conditional formats, clear; freeze panes;
// charts), and CustomFunctions, whose associate() records the functions the page registers.
// As in Office.js, writes are queued and applied at context.sync(), and loaded properties are readable
// only after the sync that follows load(). The workbook comes from window.__WPS_DOC__:
//   { host: 'Excel', sheets: { Name: [[cell, …], …] }, selection: { sheet: 'Name', address: 'A1:B9' } }
// What the pane did is readable from window.__WPS_EXCEL__ (sheets, syncs, writes) and the registered
// functions from window.__WPS_FUNCTIONS__.
(function () {
  'use strict';
  var doc = window.__WPS_DOC__ || {};
  function newSheet(name) { return { name: name, cells: {}, charts: [], conditionalFormats: [], frozenRows: 0 }; }
  var state = { sheets: [], syncs: 0, writes: [], active: null };
  Object.keys(doc.sheets || {}).forEach(function (name) {
    var s = newSheet(name);
    doc.sheets[name].forEach(function (row, r) { row.forEach(function (v, c) { if (v !== '') s.cells[r + ',' + c] = { value: v, numberFormat: 'General' }; }); });
    state.sheets.push(s);
  });
  window.__WPS_EXCEL__ = state;

  var queue = [];
  var afterSync = [];
  function findSheet(name) { return state.sheets.filter(function (s) { return s.name === name; })[0]; }
  function mustSheet(name) { var s = findSheet(name); if (!s) throw new Error('ItemNotFound: sheet ' + name); return s; }

  function colIndex(letters) { var n = 0; for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64); return n - 1; }
  function parseAddress(a) {
    var parts = a.replace(/^.*!/, '').split(':');
    function p(x) { var m = /^([A-Z]+)(\d+)$/i.exec(x); if (!m) throw new Error('bad address ' + x); return { c: colIndex(m[1]), r: Number(m[2]) - 1 }; }
    var x = p(parts[0]); var y = parts[1] ? p(parts[1]) : x;
    return { r: x.r, c: x.c, h: y.r - x.r + 1, w: y.c - x.c + 1 };
  }

  /** Properties readable only after load() and a sync. */
  function loadable(target, props) {
    var loaded = {};
    target.load = function (what) {
      String(what).split(',').map(function (s) { return s.trim(); }).filter(Boolean).forEach(function (p) {
        if (!props[p]) throw new Error('property ' + p + ' cannot be loaded on this stand-in');
        afterSync.push(function () { loaded[p] = props[p](); });
      });
      return target;
    };
    Object.keys(props).forEach(function (p) {
      Object.defineProperty(target, p, { get: function () { if (!(p in loaded)) throw new Error('PropertyNotLoaded: ' + p); return loaded[p]; } });
    });
    return target;
  }

  function rangeProxy(sheetName, rect) {
    function each(fn) {
      var s = mustSheet(sheetName);
      if (!rect) { Object.keys(s.cells).forEach(function (k) { fn(s, k, -1, -1); }); return; }
      for (var i = 0; i < rect.h; i++) for (var j = 0; j < rect.w; j++) fn(s, (rect.r + i) + ',' + (rect.c + j), i, j);
    }
    function cell(s, k) { return s.cells[k] || (s.cells[k] = { value: '', numberFormat: 'General' }); }
    function shape(v) {
      if (!rect) throw new Error('InvalidArgument: write to a sized range');
      if (v.length !== rect.h || v.some(function (row) { return row.length !== rect.w; })) throw new Error('InvalidArgument: values do not fit the range');
    }
    return {
      _rect: rect,
      set values(v) {
        shape(v);
        state.writes.push({ sheet: sheetName, r: rect.r, h: rect.h, w: rect.w });
        queue.push(function () {
          each(function (s, k, i, j) {
            var c = cell(s, k); var value = v[i][j];
            // Excel reads "=…", "+…", "-…", "@…" typed into a cell not formatted as text as a formula.
            if (typeof value === 'string' && /^[=+\-@]/.test(value) && c.numberFormat !== '@') { c.formula = value; c.value = '#FORMULA'; }
            else { c.value = value; delete c.formula; }
          });
        });
      },
      set numberFormat(v) {
        if (Array.isArray(v)) shape(v);
        queue.push(function () { each(function (s, k, i, j) { cell(s, k).numberFormat = Array.isArray(v) ? v[i][j] : v; }); });
      },
      set rowHidden(h) {
        queue.push(function () { var s = mustSheet(sheetName); s.hiddenRows = s.hiddenRows || []; for (var i = rect.r; i < rect.r + rect.h; i++) if (h && s.hiddenRows.indexOf(i) < 0) s.hiddenRows.push(i); });
      },
      dataValidation: {
        set prompt(v) {
          // Excel's limits: a prompt title of 32 characters, a message of 255.
          if (v.title.length > 32 || v.message.length > 255) throw new Error('InvalidArgument: prompt too long');
          queue.push(function () { each(function (s, k) { cell(s, k).prompt = v; }); });
        },
      },
      format: {
        font: { set bold(b) { queue.push(function () { each(function (s, k) { cell(s, k).bold = b; }); }); } },
        fill: { set color(c) { queue.push(function () { each(function (s, k) { cell(s, k).fill = c; }); }); } },
        autofitColumns: function () {},
        set columnWidth(w) {},
      },
      conditionalFormats: {
        add: function (type) {
          var cf = { type: type, rect: rect };
          queue.push(function () { mustSheet(sheetName).conditionalFormats.push(cf); });
          return { colorScale: { set criteria(v) { queue.push(function () { cf.criteria = v; }); } } };
        },
        clearAll: function () { queue.push(function () { mustSheet(sheetName).conditionalFormats = []; }); },
      },
      clear: function () { queue.push(function () { each(function (s, k) { delete s.cells[k]; }); }); },
    };
  }

  function chartProxy(get) {
    return {
      set name(v) { queue.push(function () { get().name = v; }); },
      title: { set text(v) { queue.push(function () { get().title = v; }); } },
      setData: function (source, seriesBy) { queue.push(function () { var c = get(); c.data = source._rect; c.seriesBy = seriesBy; }); },
      setPosition: function (a, b) { queue.push(function () { get().position = [a, b]; }); },
      series: {
        getItemAt: function (i) {
          // A column's fill or a line's colour: either is the series' colour here.
          function colour(color) {
            queue.push(function () {
              var c = get(); var n = c.seriesBy === 'Columns' ? c.data.w - 1 : c.data.h - 1;
              if (i >= n) throw new Error('InvalidArgument: the chart has ' + n + ' series');
              c.seriesColors[i] = color;
            });
          }
          var line = {};
          Object.defineProperty(line, 'color', { set: colour });
          return { format: { fill: { setSolidColor: colour }, line: line } };
        },
      },
    };
  }

  function sheetProxy(name, orNull) {
    var proxy = {
      getRange: function (address) { return rangeProxy(name, address ? parseAddress(address) : undefined); },
      getRangeByIndexes: function (r, c, h, w) { return rangeProxy(name, { r: r, c: c, h: h, w: w }); },
      freezePanes: { freezeRows: function (n) { queue.push(function () { mustSheet(name).frozenRows = n; }); } },
      activate: function () { queue.push(function () { mustSheet(name); state.active = name; }); },
      charts: {
        add: function (type, source, seriesBy) {
          var chart = { name: '', type: type, seriesBy: seriesBy, title: '', data: source._rect, seriesColors: [] };
          queue.push(function () { mustSheet(name).charts.push(chart); });
          return chartProxy(function () { return chart; });
        },
        getItemOrNullObject: function (chartName) {
          function find() { var s = findSheet(name); return s && s.charts.filter(function (c) { return c.name === chartName; })[0]; }
          return loadable(chartProxy(function () { var c = find(); if (!c) throw new Error('ItemNotFound: chart'); return c; }), { isNullObject: function () { return !find(); } });
        },
      },
    };
    var props = { name: function () { return name; } };
    if (orNull) props.isNullObject = function () { return !findSheet(name); };
    return loadable(proxy, props);
  }

  var context = {
    workbook: {
      getSelectedRange: function () {
        var sel = doc.selection;
        if (!sel) throw new Error('nothing selected');
        var rect = parseAddress(sel.address);
        return loadable({}, {
          address: function () { return sel.sheet + '!' + sel.address; },
          rowIndex: function () { return rect.r; },
          columnIndex: function () { return rect.c; },
          values: function () {
            var s = mustSheet(sel.sheet);
            var out = [];
            for (var i = 0; i < rect.h; i++) { var row = []; for (var j = 0; j < rect.w; j++) { var c = s.cells[(rect.r + i) + ',' + (rect.c + j)]; row.push(c ? c.value : ''); } out.push(row); }
            return out;
          },
        });
      },
      worksheets: {
        getItemOrNullObject: function (name) { return sheetProxy(name, true); },
        getItem: function (name) { return sheetProxy(name, false); },
        add: function (name) {
          queue.push(function () { if (findSheet(name)) throw new Error('ItemAlreadyExists: ' + name); state.sheets.push(newSheet(name)); });
          return sheetProxy(name, false);
        },
      },
    },
    sync: function () {
      state.syncs++;
      return new Promise(function (resolve, reject) {
        setTimeout(function () { // a round trip: the pane keeps running while "Excel" works
          try {
            queue.splice(0).forEach(function (op) { op(); });
            afterSync.splice(0).forEach(function (op) { op(); });
            resolve();
          } catch (e) { reject(e); }
        }, 0);
      });
    },
  };

  window.Excel = { run: function (batch) { return Promise.resolve().then(function () { return batch(context); }); } };

  function CfError(code, message) { this.code = code; this.message = message; }
  window.__WPS_FUNCTIONS__ = {};
  window.CustomFunctions = {
    associate: function (id, fn) { window.__WPS_FUNCTIONS__[id] = fn; },
    Error: CfError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
  };
})();
