/*
 * Timesheet grid: keeps the row, day and week totals up to date while hours are typed (the server
 * computes them again on save). Cells carry data-row (task) and data-day (0 = Monday).
 */
(function () {
  'use strict';

  function hours(text) {
    var value = parseFloat(String(text || '').replace(',', '.'));
    return isNaN(value) ? 0 : value;
  }

  function show(value) {
    return String(Math.round(value * 100) / 100);
  }

  function recompute(form) {
    var rows = {};
    var days = {};
    var week = 0;
    form.querySelectorAll('input.sx-hours').forEach(function (cell) {
      var h = hours(cell.value);
      rows[cell.dataset.row] = (rows[cell.dataset.row] || 0) + h;
      days[cell.dataset.day] = (days[cell.dataset.day] || 0) + h;
    });
    form.querySelectorAll('tbody tr').forEach(function (tr) {
      if (!tr.querySelector('input.sx-hours')) {
        tr.querySelectorAll('td.text-center span').forEach(function (span, d) {
          days[d] = (days[d] || 0) + hours(span.textContent);
        });
      }
    });
    form.querySelectorAll('.sx-row-total').forEach(function (el) {
      if (rows[el.dataset.row] !== undefined) {
        el.textContent = show(rows[el.dataset.row]);
      }
    });
    form.querySelectorAll('.sx-day-total').forEach(function (el) {
      var d = days[el.dataset.day] || 0;
      week += d;
      el.textContent = show(d);
    });
    var total = form.querySelector('#week-total');
    if (total) {
      total.textContent = show(week);
    }
  }

  document.addEventListener('input', function (event) {
    if (event.target.classList && event.target.classList.contains('sx-hours')) {
      var form = event.target.closest('form');
      if (form) {
        recompute(form);
      }
    }
  });
})();
