// Capacity heatmap: fetches /api/v1/capacity with the filter form's values, draws rows × periods
// coloured by load (demand ÷ capacity), and on a click lists what loads that resource in that period.
(function () {
  'use strict';

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }

  function query(form) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) { if (value !== '') { params.append(key, value); } });
    return params;
  }

  function kpi(label, value) {
    var col = el('div', null, 'col-6 col-xl-2');
    var card = el('div', null, 'card sx-kpi h-100');
    card.appendChild(el('div', label, 'sx-kpi-label'));
    card.appendChild(el('div', value, 'sx-kpi-value'));
    col.appendChild(card);
    return col;
  }

  function showKpis(k) {
    var box = document.getElementById('capacity-kpis');
    box.replaceChildren(
      kpi('Capacity (h)', Math.round(k.capacityHours).toLocaleString()),
      kpi('Committed (h)', Math.round(k.committedHours).toLocaleString()),
      kpi('Soft (h)', Math.round(k.softHours).toLocaleString()),
      kpi('Utilisation', k.utilisation === null ? '–' : k.utilisation + ' %'),
      kpi('Over-allocated', String(k.overAllocatedRows)),
      kpi('Under-used', String(k.underUsedRows)));
  }

  function drill(grid, row, period) {
    var card = document.getElementById('capacity-drilldown');
    var title = document.getElementById('capacity-drilldown-title');
    var body = card.querySelector('tbody');
    var cell = row.cells[period.index];
    title.textContent = row.name + ', ' + period.label + ': ' + cell.assigned + ' h assigned, ' + cell.hard
        + ' h hard, ' + cell.soft + ' h soft of ' + cell.capacity + ' h';
    body.replaceChildren();
    card.hidden = false;
    if (grid.groupBy !== 'RESOURCE' && grid.groupBy !== 'ROLE') {
      var tr = el('tr');
      var td = el('td', 'Show rows by resource to see the tasks and allocations behind a cell.');
      td.colSpan = 4;
      tr.appendChild(td);
      body.appendChild(tr);
      return;
    }
    var url = '/capacity/contributions?resource=' + encodeURIComponent(row.key) + '&from=' + period.start
        + '&to=' + period.finish;
    fetch(url, {headers: {'Accept': 'application/json'}}).then(function (r) { return r.json(); }).then(function (items) {
      items.forEach(function (c) {
        var tr = el('tr');
        tr.appendChild(el('td', c.kind === 'TASK' ? 'Task' : c.kind === 'HARD' ? 'Hard allocation' : 'Soft allocation'));
        var project = el('td');
        var link = el('a', 'Project ' + c.projectId);
        link.href = '/projects/' + c.projectId;
        project.appendChild(link);
        tr.appendChild(project);
        tr.appendChild(el('td', c.what));
        tr.appendChild(el('td', String(c.hours), 'text-end'));
        body.appendChild(tr);
      });
      if (!items.length) {
        var empty = el('tr');
        var td = el('td', 'Nothing is booked in this period.');
        td.colSpan = 4;
        empty.appendChild(td);
        body.appendChild(empty);
      }
    });
  }

  // The same drill-down without a pointer: choose a row and a period, then "Show what loads it".
  function keyboardDrill(grid) {
    var form = document.getElementById('capacity-drill-form');
    if (!form) { return; }
    var rowSelect = document.getElementById('drill-row');
    var periodSelect = document.getElementById('drill-period');
    rowSelect.replaceChildren();
    periodSelect.replaceChildren();
    grid.rows.forEach(function (row, i) {
      var option = el('option', row.name);
      option.value = String(i);
      rowSelect.appendChild(option);
    });
    grid.periods.forEach(function (period, i) {
      var option = el('option', period.label);
      option.value = String(i);
      periodSelect.appendChild(option);
    });
    form.hidden = grid.rows.length === 0;
    form.onsubmit = function (event) {
      event.preventDefault();
      var index = Number(periodSelect.value);
      var period = grid.periods[index];
      drill(grid, grid.rows[Number(rowSelect.value)], {index: index, label: period.label, start: period.start,
        finish: period.finish});
    };
  }

  function draw(grid) {
    var target = document.getElementById('capacity-heatmap');
    var status = document.getElementById('capacity-status');
    var rows = grid.rows.slice().reverse();
    var data = [];
    rows.forEach(function (row, y) {
      row.cells.forEach(function (c, x) {
        data.push([x, y, c.loadPercent === null ? (c.assigned + c.hard + c.soft > 0 ? 200 : '-') : c.loadPercent]);
      });
    });
    target.style.height = Math.max(320, 60 + rows.length * 22) + 'px';
    var chart = window.echarts.getInstanceByDom(target) || window.echarts.init(target, null, {renderer: 'canvas'});
    chart.setOption({
      animation: false,
      tooltip: {
        position: 'top',
        formatter: function (p) {
          var row = rows[p.value[1]];
          var c = row.cells[p.value[0]];
          return row.name + ' · ' + grid.periods[p.value[0]].label + '<br>load ' + (c.loadPercent === null ? '–' : c.loadPercent + ' %')
              + '<br>capacity ' + c.capacity + ' h, assigned ' + c.assigned + ' h, hard ' + c.hard + ' h, soft ' + c.soft + ' h';
        }
      },
      grid: {left: 180, right: 20, top: 10, bottom: 70},
      xAxis: {type: 'category', data: grid.periods.map(function (p) { return p.label; }), splitArea: {show: true}},
      yAxis: {type: 'category', data: rows.map(function (r) { return r.name; }), splitArea: {show: true}},
      visualMap: {min: 0, max: 150, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
        inRange: {color: ['#e8f1fb', '#6aa84f', '#f1c232', '#cc0000']}, text: ['150 %+', '0 %']},
      series: [{type: 'heatmap', data: data, label: {show: grid.periods.length <= 16 && rows.length <= 40,
        formatter: function (p) { return p.value[2] === '-' ? '' : Math.round(p.value[2]); }},
        emphasis: {itemStyle: {borderColor: '#333', borderWidth: 1}}}]
    }, true);
    chart.off('click');
    chart.on('click', function (p) {
      var row = rows[p.value[1]];
      var period = grid.periods[p.value[0]];
      drill(grid, row, {index: p.value[0], label: period.label, start: period.start, finish: period.finish});
    });
    status.textContent = grid.rows.length + ' rows × ' + grid.periods.length + ' periods; '
        + grid.kpis.overAllocatedCells + ' over-allocated cells.';
    keyboardDrill(grid);
    target.setAttribute('data-rendered', 'true');
  }

  function load() {
    var form = document.getElementById('capacity-filters');
    var status = document.getElementById('capacity-status');
    status.textContent = 'Loading…';
    fetch('/capacity/grid?' + query(form).toString(), {headers: {'Accept': 'application/json'}})
      .then(function (r) {
        if (!r.ok) { throw new Error('HTTP ' + r.status); }
        return r.json();
      })
      .then(function (grid) { showKpis(grid.kpis); draw(grid); })
      .catch(function (e) { status.textContent = 'The grid could not be loaded (' + e.message + ').'; });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (document.getElementById('capacity-heatmap') && window.echarts) { load(); }
  });
})();
