// 贯通助手 web chat: plain JS, no build. Talks only to the server's own /api/chat (the conversation is the server's
// cookie): GET restores the conversation after a reload, POST sends a message, {"command":"restart"} starts anew.
/* global document, localStorage, fetch, URL, Blob */
(function () {
  'use strict';

  var T = {
    'zh-CN': {
      skip: '跳到输入框', title: '贯通助手', tagline: '技能人才评职称 · 职称人员考技能等级', switch: 'English', switchLabel: 'Switch to English',
      restart: '新对话', logLabel: '对话记录', busy: '正在查询政策…', inputLabel: '您的问题或回答', send: '发送',
      placeholder: '例如：我是焊工技师，拿证三年了，能评工程师吗？', you: '我说：', bot: '贯通助手说：',
      welcome: '您好！告诉我您的地区、技能证书或职称、拿证时间，我按当地贯通政策逐条告诉您现在能申报什么、要带哪些材料。可以这样问：',
      examples: ['我是焊工技师，拿证三年了，能评工程师吗？', '我在成都，是助理工程师，能考高级工吗？', '我拿过省技术能手，可以破格评职称吗？'],
      choices: '可选回答', answer: '您的结果', best: '最好的一条', soonest: '最快可申报', checklist: '申报材料清单（可勾选）', clauses: '看条款原文',
      clausesText: '原文', ladder: '查看贯通路线图', from: '{m}起可申报', missing: '还差：', check: '需核实：', error: '暂时连不上服务，请稍后再试。',
      switched: '已切换到中文', restarted: '已开始新对话', none: '暂时没有可走的路径。', picture: '您的贯通路线图（点击看大图）', close: '关闭',
      skill: { junior_worker: '初级工', intermediate_worker: '中级工', senior_worker: '高级工', technician: '技师', senior_technician: '高级技师' },
      title_: { junior: '员级（技术员）', assistant: '助理级（助理工程师）', intermediate: '中级（工程师）', deputy_senior: '副高级（高级工程师）', full_senior: '正高级（正高级工程师）' },
      status: { eligible: '现在可申报', not_yet: '时间未到', conditional: '有条件，需核实', unmet: '条件未满足' },
      route: { standard: '常规申报', green_channel: '绿色通道（破格）', upgrade: '晋级评价' },
      unmet: {
        years_since_skill: '取得证书满{r}年（目前{a}年）', years_since_title: '取得职称满{r}年（目前{a}年）',
        work_years: '累计工作满{r}年（目前{a}年）', annual_review: '近3年年度考核合格',
      },
      doc: {
        skill_certificate: '职业资格证书或职业技能等级证书', title_certificate: '职称证书', annual_review_records: '近3年年度考核结果',
        work_years_proof: '工作年限证明', achievement_materials: '工作业绩、技术成果材料', award_proof: '获奖证书或表彰文件',
        related_diploma: '相关专业毕业证书（可免理论考试）', tech_school_diploma: '技工院校毕业证书', employer_review: '用人单位初审意见',
        access_qualification: '准入类职业资格证书（法律法规要求时）',
      },
      month: function (y, m) { return y + '年' + m + '月'; },
    },
    en: {
      skip: 'Skip to the message box', title: 'Guantong', tagline: 'Titles for skilled workers · skill levels for title holders', switch: '中文', switchLabel: '切换到中文',
      restart: 'New chat', logLabel: 'Conversation', busy: 'Checking the policy…', inputLabel: 'Your question or answer', send: 'Send',
      placeholder: 'e.g. I am a welding technician, certified 3 years ago. Can I apply for engineer?', you: 'You said:', bot: 'Guantong said:',
      welcome: 'Hello! Tell me your region, your skill certificate or title and when you got it: I will tell you, clause by clause, what you can apply for now and what to bring. For example:',
      examples: ['I am a welding technician, certified 3 years ago. Can I apply for engineer?', 'I am an assistant engineer in Chengdu. Can I take senior worker?', 'I was named a provincial technical expert. Is there a fast track?'],
      choices: 'Possible answers', answer: 'Your result', best: 'Best option', soonest: 'Soonest to apply', checklist: 'Documents to bring (tick them off)', clauses: 'Show the clauses',
      clausesText: 'clauses', ladder: 'See the two ladders', from: 'from {m}', missing: 'Missing: ', check: 'To check: ', error: 'The service cannot be reached right now. Please try again later.',
      switched: 'Switched to English', restarted: 'New chat started', none: 'No path is open for now.', picture: 'Your ladder (tap to enlarge)', close: 'Close',
      skill: { junior_worker: 'Junior worker', intermediate_worker: 'Intermediate worker', senior_worker: 'Senior worker', technician: 'Technician', senior_technician: 'Senior technician' },
      title_: { junior: 'Junior (technician grade)', assistant: 'Assistant (assistant engineer)', intermediate: 'Intermediate (engineer)', deputy_senior: 'Deputy senior (senior engineer)', full_senior: 'Full senior (professor-level senior engineer)' },
      status: { eligible: 'Can apply now', not_yet: 'Not yet', conditional: 'Conditional: to be checked', unmet: 'Not met' },
      route: { standard: 'standard route', green_channel: 'fast track (award)', upgrade: 'step-up evaluation' },
      unmet: {
        years_since_skill: '{r} years since the certificate (now {a})', years_since_title: '{r} years since the title (now {a})',
        work_years: '{r} cumulative years of work (now {a})', annual_review: 'passed annual reviews in the last 3 years',
      },
      doc: {
        skill_certificate: 'Skill certificate', title_certificate: 'Title certificate', annual_review_records: 'Annual reviews of the last 3 years',
        work_years_proof: 'Proof of years of work', achievement_materials: 'Work achievements and technical results', award_proof: 'Award certificates or commendations',
        related_diploma: 'Related diploma (theory exam waived)', tech_school_diploma: 'Technical school diploma', employer_review: "Employer's preliminary review",
        access_qualification: 'Licensing qualification (where the law requires one)',
      },
      month: function (y, m) { return m + '/' + y; },
    },
  };
  var MARK = { eligible: '✓', not_yet: '◷', conditional: '?', unmet: '✕' };
  var ORDER = { eligible: 0, not_yet: 1, conditional: 2, unmet: 3 };

  var $ = function (id) { return document.getElementById(id); };
  var log = $('log'), form = $('composer'), input = $('input'), send = $('send'), busy = $('busy'), status = $('status');

  var locale = 'zh-CN';
  try { locale = localStorage.getItem('guantong.locale') || 'zh-CN'; } catch { /* private mode */ }
  if (!T[locale]) locale = 'zh-CN';
  var s = function () { return T[locale]; };

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'class') e.className = attrs[k];
      else if (attrs[k] !== undefined && attrs[k] !== null) e.setAttribute(k, attrs[k]);
    }
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }

  /** The bot's markdown, kept as text: only **bold** is honoured; line breaks show through CSS. */
  function richText(text) {
    var p = el('p', { class: 'text' });
    String(text || '').split(/(\*\*[^*]+\*\*)/).forEach(function (part) {
      if (/^\*\*[^*]+\*\*$/.test(part)) p.appendChild(el('strong', { text: part.slice(2, -2) }));
      else if (part) p.appendChild(document.createTextNode(part));
    });
    return p;
  }

  /**
   * The answer's text without what its card shows (each path's line, the other routes, the documents): the basis,
   * the readings applied and the hint stay in the bubble.
   */
  function withoutCardLines(text) {
    var lines = String(text || '').split('\n');
    var isPath = function (l) { return /｜| \| /.test(l); };
    return lines.filter(function (l, i) {
      if (isPath(l) || /^📋/.test(l) || /^✅/.test(l)) return false;
      if (/[:：]\s*$/.test(l) && i + 1 < lines.length && isPath(lines[i + 1])) return false;
      return true;
    }).join('\n');
  }

  function applyLocale() {
    var d = s();
    document.documentElement.lang = locale;
    document.querySelectorAll('[data-t]').forEach(function (e) { var v = d[e.getAttribute('data-t')]; if (typeof v === 'string') e.textContent = v; });
    input.placeholder = d.placeholder;
    var lang = $('lang');
    lang.setAttribute('lang', locale === 'en' ? 'zh-CN' : 'en');
    lang.setAttribute('aria-label', d.switchLabel);
    document.title = d.title + (locale === 'en' ? ' · skill levels and titles' : ' · 技能等级与职称贯通');
  }

  /** Keeps the newest message in view: its end when it fits (choice buttons above the input bar), else its start. */
  function reveal(li) {
    if (!li) return;
    var top = li.offsetTop - log.offsetTop;
    var fits = li.offsetHeight <= log.clientHeight;
    log.scrollTop = fits ? top + li.offsetHeight - log.clientHeight + 8 : top - 4;
  }

  function addMessage(who, nodes, slot) {
    var li = el('li', { class: 'msg ' + who }, [el('span', { class: 'sr-only', text: who === 'user' ? s().you : s().bot })].concat(nodes));
    if (slot !== undefined) li.setAttribute('data-slot', slot === null ? '' : slot);
    log.appendChild(li);
    reveal(li);
    return li;
  }

  function retireChoices() {
    log.querySelectorAll('.choices button').forEach(function (b) { b.disabled = true; });
  }

  function choiceButtons(choices, label) {
    var group = el('div', { class: 'choices', role: 'group', 'aria-label': label || s().choices });
    choices.forEach(function (c) {
      var b = el('button', { type: 'button', class: 'choice', text: c });
      // A tap answers; it does not focus the text box (that would open the keyboard over the next buttons).
      b.addEventListener('click', function () { say(c, { choice: c }); });
      group.appendChild(b);
    });
    return group;
  }

  function targetName(p) {
    return p.direction === 'skill_to_title' ? (s().title_[p.target] || p.target) : (s().skill[p.target] || p.target);
  }
  function monthWords(ym) { var y = ym.slice(0, 4), m = String(Number(ym.slice(5, 7))); return s().month(y, m); }

  /** The path with a badge: the best one only when it can be applied for now, else the soonest to open. */
  function badged(result) {
    var paths = result.paths || [], best = result.best || {};
    var eligible = paths.filter(function (p) { return p.status === 'eligible'; });
    var top = eligible.filter(function (p) { return best[p.direction] === p.target; })[0] || eligible[0];
    if (top) return { path: top, kind: 'best' };
    var soon = paths.filter(function (p) { return p.status === 'not_yet' && p.eligibleFrom; })
      .sort(function (a, b) { return a.eligibleFrom.localeCompare(b.eligibleFrom); })[0];
    return soon ? { path: soon, kind: 'soonest' } : null;
  }

  function missingWords(p) {
    var d = s();
    return (p.unmet || []).map(function (u) {
      var w = d.unmet[u.code] || u.code;
      return w.replace('{r}', String(u.required)).replace('{a}', u.actual === null || u.actual === undefined ? '?' : String(u.actual));
    });
  }

  var cardCount = 0;
  /** The engine's result as a card: every path with its status, what is missing, its clause; the checklist; 原文. */
  function resultCard(result) {
    var d = s(), id = 'answer-' + (++cardCount);
    var card = el('section', { class: 'card', 'aria-labelledby': id + '-h', 'data-region': result.region });
    card.appendChild(el('h3', { id: id + '-h', text: d.answer }));
    var paths = (result.paths || []).slice();
    if (!paths.length) card.appendChild(el('p', { text: d.none }));
    var badge = badged(result);
    paths.sort(function (a, b) {
      if (badge && a === badge.path) return -1;
      if (badge && b === badge.path) return 1;
      return ORDER[a.status] - ORDER[b.status] || String(a.eligibleFrom || '9999').localeCompare(String(b.eligibleFrom || '9999'));
    });
    var list = el('ul', { class: 'paths' });
    paths.forEach(function (p) {
      var words = p.status === 'not_yet' && p.eligibleFrom ? d.from.replace('{m}', monthWords(p.eligibleFrom)) : d.status[p.status];
      var missing = missingWords(p);
      var checks = (p.conditions || []).map(function (c) { return c.text; }).filter(Boolean);
      var cite = (p.citations || [])[0];
      list.appendChild(el('li', { class: 'path ' + p.status, 'data-status': p.status, 'data-path': p.direction + ':' + p.target }, [
        el('span', { class: 'mark', 'aria-hidden': 'true', text: MARK[p.status] || '' }),
        el('span', { class: 'target' }, [el('strong', { text: targetName(p) }), ' · ' + (d.route[p.route] || p.route)]),
        el('span', { class: 'state', text: words }),
        missing.length ? el('span', { class: 'detail', text: d.missing + missing.join('；') }) : null,
        checks.length ? el('span', { class: 'detail', text: d.check + checks.join('；') }) : null,
        cite ? el('span', { class: 'cite', text: (cite.docNo || cite.policy || '') + ' ' + (cite.clause || '') }) : null,
        badge && p === badge.path ? el('span', { class: 'badge', 'data-badge': badge.kind, text: badge.kind === 'best' ? d.best : d.soonest }) : null,
      ]));
    });
    card.appendChild(list);
    var lead = badge ? badge.path : paths[0];
    if (lead && lead.documents && lead.documents.length) {
      var fs = el('fieldset', { class: 'checklist' }, [el('legend', { text: d.checklist })]);
      lead.documents.forEach(function (code, i) {
        var cid = id + '-doc-' + i;
        fs.appendChild(el('div', { class: 'check' }, [
          el('input', { type: 'checkbox', id: cid, 'data-doc': code }), el('label', { for: cid, text: d.doc[code] || code }),
        ]));
      });
      card.appendChild(fs);
    }
    var actions = el('div', { class: 'actions' });
    var clauses = el('button', { type: 'button', class: 'secondary', 'data-action': 'clauses', text: d.clauses });
    clauses.addEventListener('click', function () { say(s().clausesText); });
    actions.appendChild(clauses);
    actions.appendChild(el('a', { href: ladderLink(result), target: '_blank', rel: 'noopener', 'data-action': 'ladder', text: d.ladder }));
    card.appendChild(actions);
    card.appendChild(personalLadder(result));
    return card;
  }

  var STATUS_CODE = { eligible: 'e', not_yet: 'n', conditional: 'c', unmet: 'u' };
  /** The link that draws this person's picture (see src/ladder/link.ts: rule:status[:YYYY-MM] per path). */
  function ladderLink(result) {
    var held = result.held || {};
    var p = (result.paths || []).filter(function (x) { return x.ruleId; }).map(function (x) {
      return x.ruleId + ':' + STATUS_CODE[x.status] + (x.eligibleFrom ? ':' + x.eligibleFrom : '');
    }).join(',');
    return '/api/ladder.svg?region=' + encodeURIComponent(result.region) + '&locale=' + locale + '&skill=' + encodeURIComponent(held.skill || '')
      + '&title=' + encodeURIComponent(held.title || '') + '&p=' + encodeURIComponent(p);
  }

  /** The person's own picture (position and open paths highlighted), drawn by the server as SVG; a tap enlarges it. */
  function personalLadder(result) {
    var fig = el('figure', { class: 'ladder' });
    var img = el('img', { alt: s().picture, width: '720', height: '900', loading: 'lazy' });
    var open = el('button', { type: 'button', class: 'picture', 'aria-label': s().picture }, [img]);
    open.addEventListener('click', function () { if (img.src) enlarge(img.src); });
    fetch('/api/ladder.svg', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ result: result, locale: locale }) })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(new Error(String(r.status))); })
      .then(function (svg) { img.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })); fig.appendChild(open); })
      .catch(function () { /* the link above still shows the region's picture */ });
    return fig;
  }

  /** The picture at its full size in a dialog that scrolls both ways. */
  function enlarge(src) {
    var dlg = $('viewer');
    var img = dlg.querySelector('img');
    img.src = src;
    img.alt = s().picture;
    dlg.querySelector('button').textContent = s().close;
    if (typeof dlg.showModal === 'function') dlg.showModal(); else dlg.setAttribute('open', '');
  }

  /** One bot reply: text (without what its card repeats), choice buttons when it asks, the card when it answers. */
  function renderReply(r, opts) {
    var nodes = [richText(r.result ? withoutCardLines(r.text) : r.text)];
    if (r.choices && r.choices.length && opts.ask) nodes.push(choiceButtons(r.choices));
    if (r.result) nodes.push(resultCard(r.result));
    return addMessage('bot', nodes, r.requestedSlot === undefined ? null : r.requestedSlot);
  }

  /**
   * One turn's replies. The answer (body.result) belongs to the last reply, or to the one before it when the turn
   * ends with a question.
   */
  function renderTurn(body) {
    var replies = (body && body.replies) || [];
    var answerAt = !body || !body.result ? -1 : body.requestedSlot && replies.length > 1 ? replies.length - 2 : replies.length - 1;
    replies.forEach(function (r, i) {
      var last = i === replies.length - 1;
      renderReply({ text: r.text, choices: r.choices, result: i === answerAt ? body.result : undefined, requestedSlot: last ? body.requestedSlot : null }, { ask: last });
    });
  }

  var pending = false;
  function setBusy(on) {
    pending = on;
    busy.hidden = !on;
    send.disabled = on;
    log.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  function post(body) {
    return fetch('/api/chat', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      .then(function (r) { return r.json().catch(function () { return {}; }).then(function (b) { return { ok: r.ok, body: b }; }); });
  }

  function say(text, value) {
    text = String(text || '').trim();
    if ((!text && !value) || pending) return;
    retireChoices();
    addMessage('user', [el('p', { class: 'text', text: text })]);
    var body = { text: text, locale: locale };
    if (value) body.value = value;
    setBusy(true);
    post(body)
      .then(function (r) {
        if (r.ok) { renderTurn(r.body); return; }
        // A polite reply from the server (too many messages, store down) when it sent one, else ours.
        var said = r.body && r.body.replies && r.body.replies[0] && r.body.replies[0].text;
        addMessage('bot error', [el('p', { class: 'text', role: 'alert', text: said || s().error })]);
      })
      .catch(function () { addMessage('bot error', [el('p', { class: 'text', role: 'alert', text: s().error })]); })
      .then(function () { setBusy(false); });
  }

  /** The welcome and its example questions, always first in the log (their buttons retired once a conversation runs). */
  function welcome() {
    var d = s();
    var li = el('li', { class: 'msg bot', 'data-welcome': '' }, [el('span', { class: 'sr-only', text: d.bot }), richText(d.welcome), choiceButtons(d.examples, d.choices)]);
    if (log.firstChild) {
      log.insertBefore(li, log.firstChild);
      li.querySelectorAll('button').forEach(function (b) { b.disabled = true; });
    } else {
      log.appendChild(li);
    }
    return li;
  }

  /** Redraws the welcome in the current language, in place. */
  function redrawWelcome() {
    var old = log.querySelector('[data-welcome]');
    if (old) old.remove();
    welcome();
  }

  /** The conversation so far, from the server: the messages in order, the pending question with its buttons. */
  function restore() {
    return fetch('/api/chat', { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : { messages: [] }; })
      .then(function (body) {
        var messages = (body && body.messages) || [];
        messages.forEach(function (m, i) {
          if (m.from === 'user') addMessage('user', [el('p', { class: 'text', text: m.text })]);
          else renderReply(m, { ask: i === messages.length - 1 && Boolean(body.pending) });
        });
        if (messages.length) {
          log.querySelectorAll('[data-welcome] button').forEach(function (b) { b.disabled = true; });
          reveal(log.lastElementChild);
        }
      })
      .catch(function () { /* a fresh page */ });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value;
    if (!text.trim() || pending) return;
    input.value = '';
    say(text);
  });
  $('lang').addEventListener('click', function () {
    locale = locale === 'en' ? 'zh-CN' : 'en';
    try { localStorage.setItem('guantong.locale', locale); } catch { /* ignore */ }
    applyLocale();
    redrawWelcome();
    status.textContent = s().switched;
  });
  $('restart').addEventListener('click', function () {
    if (pending) return;
    setBusy(true);
    post({ command: 'restart' })
      .then(function () {
        log.textContent = '';
        welcome();
        status.textContent = s().restarted;
      })
      .catch(function () { addMessage('bot error', [el('p', { class: 'text', role: 'alert', text: s().error })]); })
      .then(function () { setBusy(false); });
  });
  $('viewer').addEventListener('click', function (e) {
    var dlg = $('viewer');
    if (e.target === dlg || e.target.tagName === 'BUTTON') { if (dlg.close) dlg.close(); else dlg.removeAttribute('open'); }
  });

  applyLocale();
  welcome();
  restore();
})();
