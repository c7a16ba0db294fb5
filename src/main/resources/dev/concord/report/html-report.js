
(function () {
  'use strict';
  // Units per page: a page of cards renders at once, so 100,000 findings never become 100,000 cards at load.
  var PAGE = 200;
  var SHOWN_SUGGESTIONS = 10;
  var CONTEXT = 80;

  var data = JSON.parse(document.getElementById('concord-data').textContent);
  var files = data.files, units = data.units, issues = data.issues, rules = data.rules || {};
  var main = document.getElementById('units');
  var status = document.getElementById('status');
  var search = document.getElementById('f-search');
  var selects = { family: document.getElementById('f-family'), rule: document.getElementById('f-rule'),
    file: document.getElementById('f-file') };
  var severityBoxes = Array.prototype.slice.call(document.querySelectorAll('input[name=severity]'));

  var unitIssues = units.map(function () { return []; });
  issues.forEach(function (it, n) {
    unitIssues[it.u].push(n);
    var dot = it.rule.indexOf('.');
    it.family = dot < 0 ? it.rule : it.rule.slice(0, dot);
  });
  var listed = [];
  units.forEach(function (u, n) { if (!u.ctx) { listed.push(n); } });

  var passes = new Uint8Array(issues.length);
  var shown = [];
  var matching = 0;
  var page = 0;
  var current = null;
  var haystacks = null;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  // Options by count, so the biggest families and rules come first.
  function fillSelect(select, key, label) {
    var counts = {};
    issues.forEach(function (it) { var k = key(it); counts[k] = (counts[k] || 0) + 1; });
    Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : a > b ? 1 : 0); })
      .forEach(function (k) {
        var o = el('option', null, label(k) + ' (' + counts[k] + ')');
        o.value = k;
        select.appendChild(o);
      });
  }
  fillSelect(selects.family, function (it) { return it.family; }, function (k) { return k; });
  fillSelect(selects.rule, function (it) { return it.rule; }, function (k) { return k; });
  fillSelect(selects.file, function (it) { return String(units[it.u].f); }, function (k) { return files[k].path; });

  // Lower-cased text to search in, built on the first search only.
  function haystack(n) {
    if (!haystacks) { haystacks = new Array(issues.length); }
    if (haystacks[n] === undefined) {
      var it = issues[n], u = units[it.u];
      haystacks[n] = [it.msg, it.text, it.rule, it.type, it.mqm, it.srcText, files[u.f].path, u.id, u.tgt, u.src]
        .concat(it.sugg).join('\n').toLowerCase();
    }
    return haystacks[n];
  }

  function applyFilters() {
    var sev = {};
    severityBoxes.forEach(function (b) { sev[b.value] = b.checked; });
    var family = selects.family.value, rule = selects.rule.value, file = selects.file.value;
    var q = search.value.trim().toLowerCase();
    shown = [];
    matching = 0;
    listed.forEach(function (u) {
      var any = false;
      unitIssues[u].forEach(function (n) {
        var it = issues[n];
        var ok = sev[it.sev] !== false && (!family || it.family === family) && (!rule || it.rule === rule)
          && (!file || String(units[u].f) === file) && (!q || haystack(n).indexOf(q) >= 0);
        passes[n] = ok ? 1 : 0;
        if (ok) { any = true; matching++; }
      });
      if (any) { shown.push(u); }
    });
    page = 0;
    render();
  }

  function pages() { return Math.max(1, Math.ceil(shown.length / PAGE)); }

  function render() {
    current = null;
    main.textContent = '';
    var from = page * PAGE, to = Math.min(shown.length, from + PAGE);
    var frag = document.createDocumentFragment();
    for (var k = from; k < to; k++) { frag.appendChild(renderUnit(shown[k])); }
    if (shown.length === 0) {
      frag.appendChild(el('p', 'empty', issues.length === 0 ? 'No findings.' : 'No finding matches the filters.'));
    }
    main.appendChild(frag);
    status.textContent = plural(matching, 'finding') + ' of ' + issues.length + ' in ' + plural(shown.length, 'unit')
      + (shown.length > PAGE ? '; units ' + (from + 1) + '\u2013' + to + ' shown' : '');
    renderPager(document.getElementById('pager-top'));
    renderPager(document.getElementById('pager-bottom'));
  }

  function renderPager(nav) {
    nav.textContent = '';
    if (pages() < 2) { return; }
    var prev = el('button', null, '\u2039 Previous');
    prev.type = 'button';
    prev.disabled = page === 0;
    prev.addEventListener('click', function () { goToPage(page - 1); });
    var next = el('button', null, 'Next \u203a');
    next.type = 'button';
    next.disabled = page >= pages() - 1;
    next.addEventListener('click', function () { goToPage(page + 1); });
    nav.appendChild(prev);
    nav.appendChild(el('span', null, 'Page ' + (page + 1) + ' of ' + pages()));
    nav.appendChild(next);
  }

  function goToPage(p) {
    if (p < 0 || p >= pages() || p === page) { return false; }
    page = p;
    render();
    window.scrollTo(0, main.offsetTop - 80);
    return true;
  }

  function renderUnit(u) {
    var unit = units[u], file = files[unit.f];
    var ids = unitIssues[u].filter(function (n) { return passes[n]; });
    var card = el('article', 'unit');
    card.id = 'u-' + u;
    var head = el('header');
    head.appendChild(el('span', 'path', file.path));
    if (unit.id) { head.appendChild(el('span', null, 'unit ' + unit.id)); }
    head.appendChild(el('span', null, 'line ' + issues[unitIssues[u][0]].line));
    var count = ids.length === unitIssues[u].length ? plural(ids.length, 'finding')
      : ids.length + ' of ' + plural(unitIssues[u].length, 'finding');
    head.appendChild(el('span', null, count));
    card.appendChild(head);
    if (typeof unit.tgt === 'string') {
      var pair = el('div', 'pair' + (typeof unit.src === 'string' ? '' : ' mono'));
      if (typeof unit.src === 'string') {
        var srcRanges = [];
        // A source span over the whole source says only that the rule read it all: marking it would hide the rest.
        ids.forEach(function (n) {
          var at = issues[n].src;
          if (at && !(at[0] <= 0 && at[1] >= unit.src.length)) { srcRanges.push(range(n, at)); }
        });
        pair.appendChild(side('Source', unit.src, srcRanges, null));
      }
      pair.appendChild(side('Target', unit.tgt, ids.map(function (n) { return range(n, issues[n].at); }), file.lang));
      card.appendChild(pair);
    }
    var list = el('ol', 'findings');
    ids.forEach(function (n) { list.appendChild(renderIssue(n, unit)); });
    card.appendChild(list);
    return card;
  }

  function range(n, at) { return { s: at[0], e: at[1], n: n }; }

  function side(title, text, ranges, lang) {
    var box = el('div', 'side');
    box.appendChild(el('h3', null, title));
    var t = highlighted(text, ranges);
    if (lang) { t.lang = lang; }
    box.appendChild(t);
    return box;
  }

  var RANK = { error: 0, warning: 1, info: 2 };
  // What a mark stands for: a finding, or (-1) a related place shown in context, in the colour of information.
  var RELATED = { sev: 'info', rule: 'related', msg: 'the other occurrence' };
  function finding(n) { return n < 0 ? RELATED : issues[n]; }

  // The text cut at every span's ends; each piece that spans cover is a mark, coloured by the worst of them.
  function highlighted(text, ranges) {
    var box = el('div', 'text');
    box.dir = 'auto';
    var len = text.length;
    var rs = ranges.map(function (r) {
      var s = Math.max(0, Math.min(len, r.s)), e = Math.max(s, Math.min(len, r.e));
      return { s: s, e: e, n: r.n };
    });
    var cuts = [0, len];
    rs.forEach(function (r) { cuts.push(r.s, r.e); });
    cuts.sort(function (a, b) { return a - b; });
    var bounds = cuts.filter(function (c, k) { return k === 0 || c !== cuts[k - 1]; });
    for (var k = 0; k < bounds.length; k++) {
      var at = bounds[k];
      var points = rs.filter(function (r) { return r.s === at && r.e === at; });
      if (points.length) { box.appendChild(mark('', points, true)); }
      if (k === bounds.length - 1) { break; }
      var piece = text.slice(at, bounds[k + 1]);
      var covering = rs.filter(function (r) { return r.s <= at && r.e >= bounds[k + 1] && r.e > r.s; });
      box.appendChild(covering.length ? mark(piece, covering, false) : document.createTextNode(piece));
    }
    return box;
  }

  function mark(text, covering, point) {
    var worst = covering.reduce(function (w, r) {
      return RANK[finding(r.n).sev] < RANK[w] ? finding(r.n).sev : w;
    }, 'info');
    var m = el('mark', 'sev-' + worst + (covering.length > 1 ? ' many' : '') + (point ? ' point' : ''), text);
    m.setAttribute('data-i', covering.map(function (r) { return r.n; }).join(' '));
    m.title = covering.map(function (r) { return finding(r.n).rule + ': ' + finding(r.n).msg; }).join('\n');
    return m;
  }

  function renderIssue(n, unit) {
    var it = issues[n];
    var li = el('li', 'finding sev-' + it.sev);
    li.id = 'i-' + n;
    li.tabIndex = -1;
    var head = el('div', 'head');
    head.appendChild(el('span', 'badge sev-' + it.sev, it.sev));
    var rule = el('code', 'rule', it.rule);
    if (rules[it.rule]) { rule.title = rules[it.rule]; }
    head.appendChild(rule);
    head.appendChild(el('span', 'type', it.type));
    if (it.mqm) { head.appendChild(el('span', 'mqm', it.mqm)); }
    head.appendChild(el('span', 'loc', 'line ' + it.line + ', column ' + it.col));
    li.appendChild(head);
    li.appendChild(el('p', 'msg', it.msg));
    // Without the unit's texts (a file read in parts), the issue's own flagged and source texts stand in.
    if (typeof unit.tgt !== 'string') {
      flagged(li, 'Flagged: ', it.text, it.sev);
      if (it.srcText) { flagged(li, 'Source: ', it.srcText, it.sev); }
    }
    if (it.sugg.length) {
      var s = el('p', 'sugg');
      s.appendChild(el('span', 'label', it.sugg.length > 1 ? 'Suggestions: ' : 'Suggestion: '));
      it.sugg.slice(0, SHOWN_SUGGESTIONS).forEach(function (x) { s.appendChild(el('code', null, x)); });
      if (it.sugg.length > SHOWN_SUGGESTIONS) { s.appendChild(el('span', null, '\u2026 ' + (it.sugg.length - SHOWN_SUGGESTIONS) + ' more')); }
      li.appendChild(s);
    }
    if (it.rel && it.rel.length) {
      var ul = el('ul', 'related');
      it.rel.forEach(function (r) { ul.appendChild(renderRelated(r)); });
      li.appendChild(el('span', 'label', 'Related:'));
      li.appendChild(ul);
    }
    return li;
  }

  function flagged(parent, label, text, sev) {
    var p = el('p', 'flagged');
    p.appendChild(el('span', 'label', label));
    var m = el('mark', 'sev-' + sev, text);
    p.appendChild(m);
    parent.appendChild(p);
  }

  function renderRelated(r) {
    var li = el('li');
    var where = r.file + ':' + r.line + ':' + r.col;
    var target = r.i !== undefined ? 'i-' + r.i : (r.u !== undefined && !units[r.u].ctx ? 'u-' + r.u : null);
    if (target) {
      var a = el('a', null, where);
      a.href = '#' + target;
      li.appendChild(a);
    } else {
      li.appendChild(el('span', 'loc', where));
    }
    if (r.text) { li.appendChild(document.createTextNode(' \u00ab' + r.text + '\u00bb')); }
    if (r.msg) { li.appendChild(document.createTextNode(' \u2014 ' + r.msg)); }
    // A place no finding lists: show it in its unit, so the reviewer sees the other spelling where it stands.
    if (!target && r.u !== undefined && typeof units[r.u].tgt === 'string') {
      var text = units[r.u].tgt;
      var from = Math.max(0, r.at[0] - CONTEXT), to = Math.min(text.length, r.at[1] + CONTEXT);
      var ctx = highlighted(text.slice(from, to), [{ s: r.at[0] - from, e: r.at[1] - from, n: -1 }]);
      ctx.className = 'text context';
      if (from > 0) { ctx.insertBefore(document.createTextNode('\u2026'), ctx.firstChild); }
      if (to < text.length) { ctx.appendChild(document.createTextNode('\u2026')); }
      li.appendChild(ctx);
    }
    return li;
  }

  function select(li, scroll) {
    if (current) {
      current.classList.remove('current');
      var old = current.id.slice(2);
      Array.prototype.forEach.call(document.querySelectorAll('mark[data-i~="' + old + '"]'),
        function (m) { m.classList.remove('active'); });
    }
    current = li;
    if (!li) { return; }
    li.classList.add('current');
    Array.prototype.forEach.call(document.querySelectorAll('mark[data-i~="' + li.id.slice(2) + '"]'),
      function (m) { m.classList.add('active'); });
    li.focus({ preventScroll: true });
    if (scroll) { li.closest('.unit').scrollIntoView({ block: 'nearest' }); li.scrollIntoView({ block: 'nearest' }); }
  }

  function move(step) {
    var all = main.querySelectorAll('.finding');
    var at = current ? Array.prototype.indexOf.call(all, current) : -1;
    var next = at < 0 ? (step > 0 ? 0 : all.length - 1) : at + step;
    if (next >= all.length) {
      if (goToPage(page + 1)) { select(main.querySelector('.finding'), true); }
      return;
    }
    if (next < 0) {
      if (goToPage(page - 1)) { all = main.querySelectorAll('.finding'); select(all[all.length - 1], true); }
      return;
    }
    select(all[next], true);
  }

  function resetFilters() {
    severityBoxes.forEach(function (b) { b.checked = true; });
    selects.family.value = selects.rule.value = selects.file.value = '';
    search.value = '';
    applyFilters();
  }

  // Shows a unit or finding wherever it is: on another page, or hidden by the filters (which then reset).
  function reveal(kind, n) {
    var u = kind === 'i' ? (issues[n] ? issues[n].u : -1) : n;
    if (!units[u] || units[u].ctx) { return; }
    var pos = shown.indexOf(u);
    if (pos < 0 || (kind === 'i' && !passes[n])) {
      resetFilters();
      pos = shown.indexOf(u);
    }
    var p = Math.floor(pos / PAGE);
    if (p !== page) { page = p; render(); }
    var target = document.getElementById(kind + '-' + n);
    if (kind === 'i') {
      select(target, true);
    } else {
      select(target.querySelector('.finding'), false);
      target.scrollIntoView({ block: 'start' });
    }
    Array.prototype.forEach.call(main.querySelectorAll('.unit.target'), function (c) { c.classList.remove('target'); });
    document.getElementById('u-' + u).classList.add('target');
    if (window.history && history.replaceState) { history.replaceState(null, '', '#' + kind + '-' + n); }
  }

  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a[href^="#"]') : null;
    var m = /^#([iu])-(\d+)$/.exec(a ? a.getAttribute('href') : '');
    if (m) {
      e.preventDefault();
      reveal(m[1], Number(m[2]));
      return;
    }
    var mk = e.target.closest ? e.target.closest('mark[data-i]') : null;
    if (mk) {
      var first = mk.getAttribute('data-i').split(' ')[0];
      var li = document.getElementById('i-' + first);
      if (li) { select(li, true); }
      return;
    }
    var f = e.target.closest ? e.target.closest('.finding') : null;
    if (f) { select(f, false); }
  });

  document.addEventListener('keydown', function (e) {
    var tag = e.target && e.target.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      if (e.key === 'Escape') { e.target.blur(); }
      // Enter searches at once (without waiting for typing to pause) and goes to the first finding.
      if (e.key === 'Enter' && e.target === search) { clearTimeout(timer); applyFilters(); e.target.blur(); move(1); }
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    if (e.key === '/') { e.preventDefault(); search.focus(); search.select(); }
    else if (e.key === 'j' || e.key === 'ArrowDown') { e.preventDefault(); move(1); }
    else if (e.key === 'k' || e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
    else if (e.key === 'n') { if (goToPage(page + 1)) { move(1); } }
    else if (e.key === 'p') { if (goToPage(page - 1)) { move(1); } }
    else if (e.key === 'Escape') { select(null); }
  });

  var timer = null;
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(applyFilters, 150);
  });
  severityBoxes.forEach(function (b) { b.addEventListener('change', applyFilters); });
  Object.keys(selects).forEach(function (k) { selects[k].addEventListener('change', applyFilters); });
  document.getElementById('f-reset').addEventListener('click', resetFilters);
  // The chart's bars and the family table filter by their family.
  Array.prototype.forEach.call(document.querySelectorAll('[data-family]'), function (row) {
    row.addEventListener('click', function () {
      selects.family.value = row.getAttribute('data-family');
      applyFilters();
      main.scrollIntoView({ block: 'start' });
    });
  });

  applyFilters();
  var start = /^#([iu])-(\d+)$/.exec(location.hash);
  if (start) { reveal(start[1], Number(start[2])); }
  document.documentElement.setAttribute('data-rendered', String(main.querySelectorAll('.finding').length));
})();
