/*
 * Sextant UI behaviour (no inline scripts: the Content-Security-Policy allows only files from this server).
 *  - sends the CSRF token on every htmx request (read from the <meta name="_csrf"> tags);
 *  - submits filter forms marked data-autosubmit when a select changes;
 *  - shows a message when an htmx request fails on the server or the network.
 */
(function () {
  'use strict';

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute('content') : null;
  }

  document.addEventListener('htmx:configRequest', function (event) {
    var token = meta('_csrf');
    var header = meta('_csrf_header');
    if (token && header) {
      event.detail.headers[header] = token;
    }
  });

  document.addEventListener('change', function (event) {
    var form = event.target.closest && event.target.closest('form[data-autosubmit]');
    if (form && event.target.tagName === 'SELECT') {
      form.requestSubmit ? form.requestSubmit() : form.submit();
    }
  });

  function showMessage(text) {
    var box = document.getElementById('messages');
    if (!box) {
      return;
    }
    var alert = document.createElement('div');
    alert.className = 'alert alert-danger alert-dismissible fade show';
    alert.setAttribute('role', 'alert');
    alert.textContent = text;
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'btn-close';
    close.setAttribute('data-bs-dismiss', 'alert');
    close.setAttribute('aria-label', 'Close');
    alert.appendChild(close);
    box.replaceChildren(alert);
  }

  document.addEventListener('htmx:responseError', function () {
    showMessage('Something went wrong on the server; nothing was changed. Reload the page and try again.');
  });
  document.addEventListener('htmx:sendError', function () {
    showMessage('The server cannot be reached. Check your connection and try again.');
  });

  // Charts: <div class="sx-chart" data-chart="{ECharts option as JSON}">, drawn once ECharts is loaded.
  function drawCharts(root) {
    if (!window.echarts) {
      return;
    }
    (root || document).querySelectorAll('[data-chart]').forEach(function (el) {
      if (el.getAttribute('data-drawn')) {
        return;
      }
      try {
        var chart = window.echarts.init(el, null, {renderer: 'svg'});
        chart.setOption(JSON.parse(el.getAttribute('data-chart')));
        el.setAttribute('data-drawn', 'true');
        window.addEventListener('resize', function () { chart.resize(); });
      } catch (e) {
        el.textContent = 'This chart cannot be shown.';
      }
    });
  }
  document.addEventListener('DOMContentLoaded', function () { drawCharts(document); });
  document.addEventListener('htmx:afterSettle', function (event) { drawCharts(event.target); });

  // A session that expired answers htmx with the login page: go there instead of showing it inside a section.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    if (xhr && xhr.responseURL && xhr.responseURL.indexOf('/login') !== -1) {
      event.detail.shouldSwap = false;
      window.location.href = '/login?expired';
    }
  });

  // Confirmation for plain (non-htmx) forms: <form data-confirm="Really?">
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();
