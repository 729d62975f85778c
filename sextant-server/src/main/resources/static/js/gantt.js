/*
 * Sextant Gantt chart (no library, no inline script): draws the schedule of
 * <div data-gantt-src="/projects/{id}/gantt/data" data-zoom="week" data-today="2026-11-22"> as SVG.
 *  - a label pane (WBS code and name, indented) beside a horizontally scrolling time line;
 *  - bars for tasks (critical ones red, with progress), summary brackets, milestone diamonds,
 *    total float as a thin line after a bar, dependency arrows (driving links darker), weekends, a today line;
 *  - zoom buttons [data-gantt-zoom=day|week|month] (aria-pressed), a [data-gantt-today] button;
 *  - a baseline selector [data-gantt-baseline] (data-gantt-baseline-src: the baseline feature's JSON for the page):
 *    the chosen baseline's dates as thin grey bars under the task bars;
 *  - reloads its section (htmx event "schedule-changed") after tasks or dependencies change.
 */
(function () {
  'use strict';
  if (window.sextantGantt) {
    return;
  }
  window.sextantGantt = true;

  var SVG = 'http://www.w3.org/2000/svg';
  var DAY = 86400000;
  var ROW = 26;
  var HEAD = 44;
  var LABELS = 300;
  var SCALE = {day: 34, week: 9, month: 2.6};
  var lastZoom = null;
  var lastBaseline = '';
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  function el(name, attrs, parent, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function time(s) {
    // LocalDateTime without zone: read it as UTC so that days are exactly 24 hours
    return s ? Date.parse(s.length === 10 ? s + 'T00:00:00Z' : s + 'Z') : null;
  }

  function fmt(t) {
    var d = new Date(t);
    return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
  }

  function days(minutes) {
    return (Math.round(minutes / 48) / 10) + ' d';
  }

  function startOfDay(t) { return Math.floor(t / DAY) * DAY; }

  function draw(box) {
    var data = box.sextantData;
    var zoom = box.getAttribute('data-zoom') || 'week';
    var perDay = SCALE[zoom];
    var tasks = data.tasks.filter(function (t) { return t.start && t.finish; });
    if (!tasks.length) {
      box.textContent = 'No scheduled tasks to chart yet.';
      return;
    }
    var min = Infinity, max = -Infinity;
    var baseline = box.sextantBaseline || null;
    tasks.forEach(function (t) {
      min = Math.min(min, time(t.start));
      max = Math.max(max, time(t.finish), t.lateFinish ? time(t.lateFinish) : -Infinity);
      var b = baseline && baseline[t.taskId];
      if (b && b.start && b.finish) {
        min = Math.min(min, time(b.start));
        max = Math.max(max, time(b.finish));
      }
    });
    var today = time(box.getAttribute('data-today')) || startOfDay(Date.now());
    var origin = startOfDay(min) - (zoom === 'day' ? 2 : zoom === 'week' ? 7 : 31) * DAY;
    if (zoom === 'week') { origin -= ((new Date(origin).getUTCDay() + 6) % 7) * DAY; }
    if (zoom === 'month') { var o = new Date(origin); origin = Date.UTC(o.getUTCFullYear(), o.getUTCMonth(), 1); }
    var end = startOfDay(max) + (zoom === 'day' ? 3 : zoom === 'week' ? 14 : 62) * DAY;
    function x(t) { return Math.round((t - origin) / DAY * perDay * 10) / 10; }
    var width = Math.ceil(x(end));
    var height = HEAD + tasks.length * ROW + 4;

    var row = {};
    tasks.forEach(function (t, i) { row[t.taskId] = i; });

    // label pane
    var labels = el('svg', {width: LABELS, height: height, 'class': 'gantt-labels', 'aria-hidden': 'true'});
    el('text', {x: 8, y: HEAD - 10, 'class': 'gantt-head'}, labels, 'Task');
    tasks.forEach(function (t, i) {
      var y = HEAD + i * ROW;
      if (i % 2 === 1) { el('rect', {x: 0, y: y, width: LABELS, height: ROW, 'class': 'gantt-stripe'}, labels); }
      var label = el('text', {x: 8 + Math.min(t.depth, 6) * 12, y: y + 17,
        'class': 'gantt-label' + (t.kind === 'SUMMARY' ? ' summary' : '') + (t.critical ? ' critical' : '')}, labels,
        (t.wbsCode ? t.wbsCode + '  ' : '') + t.name);
      el('title', {}, label, t.name);
    });

    // time line
    var svg = el('svg', {width: width, height: height, 'class': 'gantt-timeline', 'data-zoom': zoom,
      'data-px-per-day': perDay, 'aria-hidden': 'true'});
    var defs = el('defs', {}, svg);
    ['', 'critical'].forEach(function (kind) {
      var marker = el('marker', {id: 'gantt-arrow' + kind, viewBox: '0 0 6 6', refX: 6, refY: 3, markerWidth: 6,
        markerHeight: 6, orient: 'auto'}, defs);
      el('path', {d: 'M0,0 L6,3 L0,6 z', 'class': 'gantt-arrowhead ' + kind}, marker);
    });
    tasks.forEach(function (t, i) {
      if (i % 2 === 1) { el('rect', {x: 0, y: HEAD + i * ROW, width: width, height: ROW, 'class': 'gantt-stripe'}, svg); }
    });
    var grid = el('g', {'class': 'gantt-grid'}, svg);
    for (var d = origin; d < end; d += DAY) {
      var date = new Date(d);
      var weekday = date.getUTCDay();
      if (zoom !== 'month' && (weekday === 0 || weekday === 6)) {
        el('rect', {x: x(d), y: HEAD, width: perDay, height: height - HEAD, 'class': 'gantt-weekend'}, grid);
      }
      var first = date.getUTCDate() === 1;
      var daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
      var roomBeforeNextMonth = (daysInMonth - date.getUTCDate() + 1) * perDay;
      if (first || (d === origin && roomBeforeNextMonth > 70)) {
        el('text', {x: x(d) + 3, y: 16, 'class': 'gantt-head'}, grid,
          zoom === 'month' ? (date.getUTCMonth() === 0 || d === origin ? String(date.getUTCFullYear()) : '')
            : MONTHS[date.getUTCMonth()] + ' ' + date.getUTCFullYear());
        el('line', {x1: x(d), x2: x(d), y1: 0, y2: height, 'class': 'gantt-month-line'}, grid);
      }
      var tick = zoom === 'day' || (zoom === 'week' && weekday === 1) || (zoom === 'month' && first);
      if (tick) {
        el('text', {x: x(d) + 2, y: HEAD - 8, 'class': 'gantt-tick'}, grid,
          zoom === 'month' ? MONTHS[date.getUTCMonth()] : String(date.getUTCDate()));
        el('line', {x1: x(d), x2: x(d), y1: HEAD - 4, y2: height, 'class': 'gantt-tick-line'}, grid);
      }
    }
    el('line', {x1: 0, x2: width, y1: HEAD - 0.5, y2: HEAD - 0.5, 'class': 'gantt-head-line'}, svg);

    function ends(t) {
      var i = row[t.taskId];
      return {s: x(time(t.start)), f: x(time(t.finish)), y: HEAD + i * ROW + ROW / 2};
    }

    // links
    var byId = {};
    tasks.forEach(function (t) { byId[t.taskId] = t; });
    var links = el('g', {'class': 'gantt-links'}, svg);
    data.links.forEach(function (l) {
      var p = byId[l.predecessorId], s = byId[l.successorId];
      if (!p || !s) { return; }
      var a = ends(p), b = ends(s);
      var x1 = l.type === 'SS' || l.type === 'SF' ? a.s : a.f;
      var x2 = l.type === 'FF' || l.type === 'SF' ? b.f : b.s;
      var toFinish = l.type === 'FF' || l.type === 'SF';
      var critical = l.driving && p.critical && s.critical;
      var out = x1 + (l.type === 'SS' || l.type === 'SF' ? -8 : 8);
      var into = toFinish ? x2 + 8 : x2 - 8;
      var mid = b.y + (b.y > a.y ? -ROW / 2 : ROW / 2);
      var path = 'M' + x1 + ',' + a.y + ' H' + out + ' V' + mid + ' H' + into + ' V' + b.y + ' H' + x2;
      var line = el('path', {d: path, 'class': 'gantt-link' + (l.driving ? ' driving' : '') + (critical ? ' critical' : ''),
        'marker-end': 'url(#gantt-arrow' + (critical ? 'critical' : '') + ')', 'data-link-id': l.id}, links);
      el('title', {}, line, p.name + ' → ' + s.name + ' (' + l.type + (l.lagMinutes ? ', lag ' + days(l.lagMinutes) : '') + ')');
    });

    // bars
    var bars = el('g', {'class': 'gantt-bars'}, svg);
    tasks.forEach(function (t, i) {
      var y = HEAD + i * ROW;
      var s = x(time(t.start)), f = x(time(t.finish));
      var tip = t.name + ': ' + fmt(time(t.start)) + ' – ' + fmt(time(t.finish))
        + (t.totalFloatMinutes === null ? '' : '; total float ' + days(t.totalFloatMinutes))
        + (t.critical ? '; critical' : '');
      var shape;
      if (t.kind === 'MILESTONE') {
        var cy = y + ROW / 2;
        shape = el('polygon', {points: [s, cy - 7, s + 7, cy, s, cy + 7, s - 7, cy].join(' '),
          'class': 'gantt-milestone' + (t.critical ? ' critical' : ''), 'data-task-id': t.taskId}, bars);
      } else if (t.kind === 'SUMMARY') {
        shape = el('g', {'class': 'gantt-summary', 'data-task-id': t.taskId}, bars);
        el('rect', {x: s, y: y + 8, width: Math.max(f - s, 1), height: 6}, shape);
        el('polygon', {points: [s, y + 14, s + 6, y + 14, s, y + 20].join(' ')}, shape);
        el('polygon', {points: [f, y + 14, f - 6, y + 14, f, y + 20].join(' ')}, shape);
      } else {
        shape = el('g', {'class': 'gantt-task', 'data-task-id': t.taskId}, bars);
        el('rect', {x: s, y: y + 6, width: Math.max(f - s, 2), height: 14, rx: 3,
          'class': 'gantt-bar' + (t.critical ? ' critical' : '')}, shape);
        if (t.percentComplete > 0) {
          el('rect', {x: s, y: y + 11, width: Math.max(f - s, 2) * t.percentComplete / 100, height: 4,
            'class': 'gantt-progress'}, shape);
        }
      }
      if (t.kind !== 'SUMMARY' && t.totalFloatMinutes > 0 && t.lateFinish && time(t.lateFinish) > time(t.finish)) {
        el('line', {x1: f, x2: x(time(t.lateFinish)), y1: y + ROW / 2, y2: y + ROW / 2, 'class': 'gantt-float'}, bars);
      }
      el('title', {}, shape, tip);
      var b = baseline && baseline[t.taskId];
      if (b && b.start && b.finish) {
        var bs = x(time(b.start)), bf = x(time(b.finish));
        var mark = b.milestone
          ? el('polygon', {points: [bs, y + 19, bs + 4, y + 23, bs, y + 27, bs - 4, y + 23].join(' '),
            'class': 'gantt-baseline-milestone', 'data-baseline-task-id': t.taskId}, bars)
          : el('rect', {x: bs, y: y + 21, width: Math.max(bf - bs, 2), height: 4, 'class': 'gantt-baseline',
            'data-baseline-task-id': t.taskId}, bars);
        el('title', {}, mark, t.name + ' in baseline ' + box.getAttribute('data-baseline') + ': ' + fmt(time(b.start))
          + ' – ' + fmt(time(b.finish)));
      }
    });

    if (today >= origin && today <= end) {
      el('line', {x1: x(today), x2: x(today), y1: HEAD - 4, y2: height, 'class': 'gantt-today'}, svg);
      el('text', {x: x(today) + 3, y: HEAD - 26, 'class': 'gantt-today-label'}, svg, 'Today');
    }

    var scroller = document.createElement('div');
    scroller.className = 'sx-gantt-scroll';
    scroller.appendChild(svg);
    var body = document.createElement('div');
    body.className = 'sx-gantt-body';
    body.appendChild(labels);
    body.appendChild(scroller);
    box.replaceChildren(body);
    box.sextantX = x;
    box.sextantToday = today;
    box.setAttribute('data-drawn', zoom);
  }

  function load(box) {
    if (box.getAttribute('data-loading')) {
      return;
    }
    box.setAttribute('data-loading', 'true');
    fetch(box.getAttribute('data-gantt-src'), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (data) {
        box.sextantData = data;
        if (lastZoom) {
          setZoom(box, lastZoom);
        }
        draw(box);
        initBaselines(box);
      })
      .catch(function () { box.textContent = 'The chart cannot be shown; the task table lists the same dates.'; });
  }

  function init(root) {
    (root || document).querySelectorAll('[data-gantt-src]').forEach(load);
  }

  /** Sets the zoom of a chart and the pressed state of its section's zoom buttons. */
  function setZoom(box, zoom) {
    box.setAttribute('data-zoom', zoom);
    var card = section(box);
    (card ? card.querySelectorAll('[data-gantt-zoom]') : []).forEach(function (b) {
      var on = b.getAttribute('data-gantt-zoom') === zoom;
      b.classList.toggle('active', on);
      b.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
  }

  function section(node) { return node.closest && node.closest('#gantt-section'); }

  function getJson(url) {
    return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); });
  }

  /** Labels the selector's numbers with the saved baselines' names, disables empty slots, restores the choice. */
  function initBaselines(box) {
    var card = section(box);
    var select = card && card.querySelector('[data-gantt-baseline]');
    if (!select || select.getAttribute('data-ready')) {
      return;
    }
    select.setAttribute('data-ready', 'true');
    getJson(select.getAttribute('data-gantt-baseline-src')).then(function (page) {
      var saved = {};
      page.items.forEach(function (b) { saved[b.number] = b; });
      Array.prototype.forEach.call(select.options, function (o) {
        if (o.value === '') { return; }
        var b = saved[o.value];
        o.disabled = !b;
        o.textContent = b ? o.value + ' · ' + b.name : o.value + ' (not set)';
      });
      if (lastBaseline && saved[lastBaseline]) {
        select.value = lastBaseline;
        showBaseline(box, lastBaseline);
      }
      select.setAttribute('data-loaded', 'true');
    }).catch(function () { select.disabled = true; });
  }

  /** Loads baseline {@code number} (or none for '') and redraws the chart with its bars. */
  function showBaseline(box, number) {
    var card = section(box);
    var select = card.querySelector('[data-gantt-baseline]');
    var legend = card.querySelector('#gantt-baseline-legend');
    lastBaseline = number;
    if (!number) {
      box.sextantBaseline = null;
      box.removeAttribute('data-baseline');
      if (legend) { legend.hidden = true; }
      draw(box);
      return;
    }
    getJson(select.getAttribute('data-gantt-baseline-src') + '/' + number).then(function (detail) {
      var byTask = {};
      detail.tasks.forEach(function (t) { byTask[t.taskId] = t; });
      box.sextantBaseline = byTask;
      box.setAttribute('data-baseline', number);
      if (legend) { legend.hidden = false; legend.lastElementChild.textContent = 'Baseline ' + number; }
      draw(box);
    }).catch(function () { box.sextantBaseline = null; draw(box); });
  }

  document.addEventListener('change', function (event) {
    var select = event.target.closest && event.target.closest('[data-gantt-baseline]');
    var card = select && section(select);
    var box = card && card.querySelector('[data-gantt-src]');
    if (box && box.sextantData) {
      showBaseline(box, select.value);
    }
  });

  document.addEventListener('click', function (event) {
    var zoomButton = event.target.closest && event.target.closest('[data-gantt-zoom]');
    var todayButton = event.target.closest && event.target.closest('[data-gantt-today]');
    var card = section(event.target);
    var box = card && card.querySelector('[data-gantt-src]');
    if (!box || !box.sextantData) {
      return;
    }
    if (zoomButton) {
      lastZoom = zoomButton.getAttribute('data-gantt-zoom');
      setZoom(box, lastZoom);
      draw(box);
    } else if (todayButton) {
      var scroller = box.querySelector('.sx-gantt-scroll');
      if (scroller) {
        scroller.scrollLeft = Math.max(0, box.sextantX(box.sextantToday) - scroller.clientWidth / 2);
      }
    }
  });

  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:afterSettle', function () { init(document); });
  if (document.readyState !== 'loading') { init(document); }

  // After a change of tasks or links (any non-GET htmx request in those sections), reload the Gantt section.
  document.addEventListener('htmx:afterRequest', function (event) {
    var config = event.detail.requestConfig;
    var source = event.detail.elt;
    if (!config || config.verb === 'get' || !event.detail.successful || !source || !source.closest
        || !source.closest('#tasks, #dependencies')) {
      return;
    }
    var gantt = document.getElementById('gantt-section');
    if (gantt && window.htmx) {
      window.htmx.trigger(gantt, 'schedule-changed');
    }
  });
})();
