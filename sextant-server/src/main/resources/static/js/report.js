/*
 * Status report form: a submit button with data-confirm asks before it submits (the form's other
 * buttons do not), e.g. "Submit this report? It cannot be changed afterwards."
 */
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var question = button && button.getAttribute && button.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();
