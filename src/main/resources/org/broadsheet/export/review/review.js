// broadsheet review pages: table sorting on the index, article selection and paging on page views.
// Plain script, no libraries, so the pages work offline from file://.
(function () {
  'use strict';

  function sortable(table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      th.tabIndex = 0;
      var go = function () { sortBy(table, th, col); };
      th.addEventListener('click', go);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); go(); } });
    });
  }

  function sortBy(table, th, col) {
    var body = table.tBodies[0];
    var numeric = th.getAttribute('data-type') === 'num';
    // First click on a numeric column puts the lowest first: low confidence is what needs review.
    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    var rows = Array.prototype.map.call(body.rows, function (row, i) {
      var cell = row.cells[col];
      var raw = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent;
      return { row: row, key: numeric ? parseFloat(raw) : raw.toLowerCase(), seq: i };
    });
    rows.sort(function (a, b) {
      if (a.key < b.key) return -dir;
      if (a.key > b.key) return dir;
      return a.seq - b.seq;
    });
    rows.forEach(function (r) { body.appendChild(r.row); });
  }

  function pageView() {
    var body = document.body;
    var selected = null;

    function select(n, fromHash) {
      var article = document.getElementById('article-' + n);
      if (!article) return;
      if (selected) {
        selected.article.classList.remove('shown');
        if (selected.box) selected.box.classList.remove('selected');
      }
      var box = document.getElementById('box-' + n);
      article.classList.add('shown');
      if (box) box.classList.add('selected');
      selected = { article: article, box: box };
      var panel = document.getElementById('panel');
      panel.scrollTop = 0;
      if (fromHash) {
        // Opened at #article-N: the browser jumped to the hidden text; show the box on the scan instead.
        window.scrollTo(0, 0);
        if (box) box.scrollIntoView({ block: 'center' });
      } else if (history.replaceState) {
        history.replaceState(null, '', '#article-' + n);
      }
    }

    document.addEventListener('click', function (e) {
      var link = e.target.closest('a[data-n]');
      if (!link) return;
      e.preventDefault();
      select(link.getAttribute('data-n'), false);
    });

    document.addEventListener('keydown', function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      var target = e.key === 'ArrowLeft' ? body.getAttribute('data-prev')
                 : e.key === 'ArrowRight' ? body.getAttribute('data-next') : null;
      if (e.key === 'Escape' && selected) {
        selected.article.classList.remove('shown');
        if (selected.box) selected.box.classList.remove('selected');
        selected = null;
        return;
      }
      if (target) {
        e.preventDefault();
        window.location.href = target;
      }
    });

    var m = /^#article-(\d+)$/.exec(window.location.hash);
    if (m) select(m[1], true);
  }

  var table = document.querySelector('table.sortable');
  if (table) sortable(table);
  if (document.body.classList.contains('page-view')) pageView();
})();
