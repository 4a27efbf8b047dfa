// 贯通助手 web chat: plain JS, no build. Talks Bot Framework activities to POST /api/messages with
// deliveryMode expectReplies and renders the replies: text, choice buttons, and the answer as a card.
/* global document, window, localStorage, fetch, crypto, URL, Blob */
(function () {
  'use strict';

  var T = {
    'zh-CN': {
      skip: '跳到输入框', title: '贯通助手', tagline: '技能人才评职称 · 职称人员考技能等级', switch: 'English', switchLabel: 'Switch to English',
      restart: '新对话', logLabel: '对话记录', busy: '正在查询政策…', inputLabel: '您的问题或回答', send: '发送',
      placeholder: '例如：我是焊工技师，拿证三年了，能评工程师吗？', you: '我说：', bot: '贯通助手说：',
      welcome: '您好！告诉我您的地区、技能证书或职称、拿证时间，我按当地贯通政策逐条告诉您现在能申报什么、要带哪些材料。可以这样问：',
      examples: ['我是焊工技师，拿证三年了，能评工程师吗？', '我在成都，是助理工程师，能考高级工吗？', '我拿过省技术能手，可以破格评职称吗？'],
      choices: '可选回答', answer: '您的结果', best: '最好的一条', checklist: '申报材料清单（可勾选）', clauses: '看条款原文',
      clausesText: '原文', ladder: '查看贯通路线图', from: '{m}起可申报', error: '暂时连不上服务，请稍后再试。',
      switched: '已切换到中文', restarted: '已开始新对话', none: '暂时没有可走的路径。', sentChoice: '已选择：',
      skill: { junior_worker: '初级工', intermediate_worker: '中级工', senior_worker: '高级工', technician: '技师', senior_technician: '高级技师' },
      title_: { junior: '员级（技术员）', assistant: '助理级（助理工程师）', intermediate: '中级（工程师）', deputy_senior: '副高级（高级工程师）', full_senior: '正高级（正高级工程师）' },
      status: { eligible: '现在可申报', not_yet: '时间未到', conditional: '有条件，需核实', unmet: '条件未满足' },
      route: { standard: '常规申报', green_channel: '绿色通道（破格）', upgrade: '晋级评价' },
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
      choices: 'Possible answers', answer: 'Your result', best: 'Best option', checklist: 'Documents to bring (tick them off)', clauses: 'Show the clauses',
      clausesText: 'clauses', ladder: 'See the two ladders', from: 'from {m}', error: 'The service cannot be reached right now. Please try again later.',
      switched: 'Switched to English', restarted: 'New chat started', none: 'No path is open for now.', sentChoice: 'Chosen: ',
      skill: { junior_worker: 'Junior worker', intermediate_worker: 'Intermediate worker', senior_worker: 'Senior worker', technician: 'Technician', senior_technician: 'Senior technician' },
      title_: { junior: 'Junior (technician grade)', assistant: 'Assistant (assistant engineer)', intermediate: 'Intermediate (engineer)', deputy_senior: 'Deputy senior (senior engineer)', full_senior: 'Full senior (professor-level senior engineer)' },
      status: { eligible: 'Can apply now', not_yet: 'Not yet', conditional: 'Conditional: to be checked', unmet: 'Not met' },
      route: { standard: 'standard route', green_channel: 'fast track (award)', upgrade: 'step-up evaluation' },
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

  function store(key, make) {
    var v = null;
    try { v = localStorage.getItem(key); } catch { /* private mode */ }
    if (!v) { v = make(); try { localStorage.setItem(key, v); } catch { /* ignore */ } }
    return v;
  }
  function rid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return 'x' + Math.random().toString(36).slice(2) + Date.now().toString(36);
  }
  var userId = store('guantong.userId', function () { return 'web-' + rid(); });
  var convId = store('guantong.conversationId', function () { return 'web-' + rid(); });
  // Chinese by default (the page is for workers in China); the switch is remembered.
  var locale = store('guantong.locale', function () { return 'zh-CN'; });
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

  function addMessage(who, nodes, slot) {
    var li = el('li', { class: 'msg ' + who }, [el('span', { class: 'sr-only', text: who === 'user' ? s().you : s().bot })].concat(nodes));
    if (slot !== undefined) li.setAttribute('data-slot', slot === null ? '' : slot);
    log.appendChild(li);
    li.scrollIntoView({ block: 'end', behavior: 'smooth' });
    return li;
  }

  function retireChoices() {
    log.querySelectorAll('.choices button').forEach(function (b) { b.disabled = true; });
  }

  function choiceButtons(choices, label) {
    var group = el('div', { class: 'choices', role: 'group', 'aria-label': label || s().choices });
    choices.forEach(function (c) {
      var b = el('button', { type: 'button', class: 'choice', text: c });
      b.addEventListener('click', function () { input.focus(); say(c, { choice: c }); });
      group.appendChild(b);
    });
    return group;
  }

  function choicesOf(activity) {
    var out = [];
    (activity.attachments || []).forEach(function (a) {
      if (!a || a.contentType !== 'application/vnd.microsoft.card.adaptive' || !a.content) return;
      (a.content.actions || []).forEach(function (act) {
        if (act && act.type === 'Action.Submit' && act.data && typeof act.data.choice === 'string') out.push(act.data.choice);
      });
    });
    return out;
  }

  function targetName(p) {
    return p.direction === 'skill_to_title' ? (s().title_[p.target] || p.target) : (s().skill[p.target] || p.target);
  }
  function monthWords(ym) { var y = ym.slice(0, 4), m = String(Number(ym.slice(5, 7))); return s().month(y, m); }
  function leading(paths) {
    var el0 = paths.filter(function (p) { return p.status === 'eligible'; });
    if (el0.length) return el0[0];
    return paths.slice().sort(function (a, b) {
      return ORDER[a.status] - ORDER[b.status] || String(a.eligibleFrom || '9999').localeCompare(String(b.eligibleFrom || '9999'));
    })[0];
  }

  var cardCount = 0;
  /** The engine's result as a card: every path with its status, the best one's document checklist, 原文. */
  function resultCard(result) {
    var d = s(), id = 'answer-' + (++cardCount);
    var card = el('section', { class: 'card', 'aria-labelledby': id + '-h', 'data-region': result.region });
    card.appendChild(el('h3', { id: id + '-h', text: d.answer }));
    var paths = result.paths || [];
    if (!paths.length) card.appendChild(el('p', { text: d.none }));
    var lead = leading(paths);
    var list = el('ul', { class: 'paths' });
    (lead ? [lead].concat(paths.filter(function (p) { return p !== lead; })) : []).forEach(function (p) {
      var words = p.status === 'not_yet' && p.eligibleFrom ? d.from.replace('{m}', monthWords(p.eligibleFrom)) : d.status[p.status];
      list.appendChild(el('li', { class: 'path ' + p.status, 'data-status': p.status, 'data-path': p.direction + ':' + p.target }, [
        el('span', { class: 'mark', 'aria-hidden': 'true', text: MARK[p.status] || '' }),
        el('span', { class: 'target' }, [el('strong', { text: targetName(p) }), ' · ' + (d.route[p.route] || p.route)]),
        el('span', { class: 'state', text: words }),
        p === lead ? el('span', { class: 'badge', text: d.best }) : null,
      ]));
    });
    card.appendChild(list);
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
    clauses.addEventListener('click', function () { input.focus(); say(s().clausesText); });
    actions.appendChild(clauses);
    actions.appendChild(el('a', { href: '/api/ladder.svg?region=' + encodeURIComponent(result.region) + '&locale=' + locale, target: '_blank', rel: 'noopener', text: d.ladder }));
    card.appendChild(actions);
    card.appendChild(personalLadder(result));
    return card;
  }

  /** The person's own picture (position and open paths highlighted), drawn by the server as SVG. */
  function personalLadder(result) {
    var fig = el('figure', { class: 'ladder' });
    var img = el('img', { alt: s().ladder, width: '720', height: '900', loading: 'lazy' });
    fetch('/api/ladder.svg', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ result: result, locale: locale }) })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(new Error(String(r.status))); })
      .then(function (svg) { img.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })); fig.appendChild(img); })
      .catch(function () { /* the link above still shows the region's picture */ });
    return fig;
  }

  function renderActivity(a) {
    if (!a || a.type !== 'message') return;
    var value = a.value || {};
    var nodes = [richText(a.text)];
    var choices = choicesOf(a);
    if (choices.length) nodes.push(choiceButtons(choices));
    if (value.result) nodes.push(resultCard(value.result));
    addMessage('bot', nodes, value.requestedSlot === undefined ? null : value.requestedSlot);
  }

  var pending = false;
  function setBusy(on) {
    pending = on;
    busy.hidden = !on;
    send.disabled = on;
    log.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  function say(text, value) {
    text = String(text || '').trim();
    if ((!text && !value) || pending) return;
    retireChoices();
    addMessage('user', [el('p', { class: 'text', text: text })]);
    var activity = {
      type: 'message', text: text, from: { id: userId }, recipient: { id: 'guantong' }, conversation: { id: convId },
      channelId: 'webchat', serviceUrl: 'http://localhost', deliveryMode: 'expectReplies', locale: locale,
      id: rid(), timestamp: new Date().toISOString(),
    };
    if (value) activity.value = value;
    setBusy(true);
    fetch('/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) })
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (body) { ((body && body.activities) || []).forEach(renderActivity); })
      .catch(function () { addMessage('bot error', [el('p', { class: 'text', role: 'alert', text: s().error })]); })
      .then(function () { setBusy(false); });
  }

  function welcome() {
    var d = s();
    addMessage('bot', [richText(d.welcome), choiceButtons(d.examples, d.choices)]);
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value;
    if (!text.trim() || pending) return;
    input.value = '';
    say(text);
    input.focus();
  });
  $('lang').addEventListener('click', function () {
    locale = locale === 'en' ? 'zh-CN' : 'en';
    try { localStorage.setItem('guantong.locale', locale); } catch { /* ignore */ }
    applyLocale();
    status.textContent = s().switched;
  });
  $('restart').addEventListener('click', function () {
    convId = 'web-' + rid();
    try { localStorage.setItem('guantong.conversationId', convId); } catch { /* ignore */ }
    log.textContent = '';
    welcome();
    status.textContent = s().restarted;
    input.focus();
  });

  applyLocale();
  welcome();
})();
