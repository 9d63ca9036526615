(function () {
  'use strict';
  var area = document.getElementById('area-filter');
  var differs = document.getElementById('differs-only');
  var search = document.getElementById('search');
  var wrap = document.getElementById('wrap');
  var shown = document.getElementById('shown');
  var empty = document.getElementById('empty');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#grid tr.probe'));
  var heads = Array.prototype.slice.call(document.querySelectorAll('#grid tr.area-head'));
  var data = JSON.parse(document.getElementById('details').textContent);

  function apply() {
    var a = area.value, onlyDiff = differs.checked, q = search.value.trim().toLowerCase();
    var n = 0, seen = {};
    rows.forEach(function (tr) {
      var show = (!a || tr.dataset.area === a) && (!onlyDiff || tr.classList.contains('differs')) &&
        (!q || tr.dataset.id.indexOf(q) !== -1);
      tr.hidden = !show;
      if (tr.detailRow) tr.detailRow.hidden = !show || !tr.classList.contains('open');
      if (show) { n++; seen[tr.dataset.area] = true; }
    });
    heads.forEach(function (h) { h.hidden = !seen[h.dataset.area]; });
    shown.textContent = n + ' of ' + rows.length + ' probes shown';
    empty.hidden = n !== 0;
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  // a row of text cells; the first `heads` cells are th
  function tableRow(cells, heads) {
    var tr = el('tr');
    cells.forEach(function (c, i) { tr.appendChild(el(i < heads ? 'th' : 'td', c)); });
    return tr;
  }

  function buildDetail(tr) {
    var d = data[Number(tr.dataset.i)];
    var td = el('td');
    td.colSpan = tr.cells.length;
    var body = td.appendChild(el('div', null, 'detail-body'));
    body.appendChild(el('p', d.semantic || '(no semantic given)', 'sem'));
    var p = el('p');
    p.appendChild(document.createTextNode('source: '));
    var a = el('a', d.src);
    a.href = d.href;
    p.appendChild(a);
    p.appendChild(document.createTextNode(
      ' \u00b7 covers ' + (d.covers.join(' ') || '-') + ' \u00b7 needs ' + (d.needs || '-')));
    body.appendChild(p);
    var t = el('table');
    t.appendChild(tableRow(['column', 'verdict', 'observed', 'doc: line that applied', 'src: line that applied'], 5));
    d.obs.forEach(function (o) { t.appendChild(tableRow(o, 1)); });
    d.docs.forEach(function (o) {
      t.appendChild(tableRow([o[0] + '.exp', '', '', o[1] || '(no line)', o[2] || '(no line)'], 1));
    });
    body.appendChild(t);
    var row = el('tr', null, 'detail');
    row.dataset.area = tr.dataset.area;
    row.appendChild(td);
    tr.parentNode.insertBefore(row, tr.nextSibling);
    return row;
  }

  document.getElementById('grid').addEventListener('click', function (ev) {
    var b = ev.target.closest('button.more');
    if (!b) return;
    var tr = b.closest('tr');
    var open = !tr.classList.contains('open');
    tr.classList.toggle('open', open);
    b.setAttribute('aria-expanded', String(open));
    if (open && !tr.detailRow) tr.detailRow = buildDetail(tr);
    if (tr.detailRow) tr.detailRow.hidden = !open;
  });
  area.addEventListener('change', apply);
  differs.addEventListener('change', apply);
  search.addEventListener('input', apply);
  wrap.addEventListener('change', function () { document.body.classList.toggle('wrap', wrap.checked); });
  document.body.classList.toggle('wrap', wrap.checked);
  apply();
})();
