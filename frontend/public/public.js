// 公示: the public list of approved projects, without sign-in. Plain DOM, no session, no other API.
import zh from '../i18n/zh.js';
import en from '../i18n/en.js';

const dictionaries = { zh, en };
let language = (navigator.language || 'zh').toLowerCase().startsWith('en') ? 'en' : 'zh';
let page = 0;
const size = 50;

const t = (key) => dictionaries[language][key] ?? key;
const money = (n) => Number(n).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-US',
  { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const union = (u) => (language === 'zh' ? u.nameZh : u.nameEn) || u.code;

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).filter(([, v]) => v != null).forEach(([k, v]) => (k.startsWith('on') ? node.addEventListener(k.slice(2), v) : node.setAttribute(k, v)));
  children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(c ?? '')));
  return node;
}

async function render() {
  const root = document.getElementById('disclosure');
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  document.title = t('disclosure.title');
  const response = await fetch(`/public/api/projects?page=${page}&size=${size}`, { credentials: 'omit' });
  const body = response.ok ? await response.json() : { items: [], total: 0 };
  const other = language === 'zh' ? 'en' : 'zh';
  const heads = ['code', 'projectTitle', 'donor', 'recipient', 'type', 'budget', 'status'];
  const pages = Math.max(1, Math.ceil(body.total / size));
  root.replaceChildren(
    el('header', { class: 'disclosure-head' },
      el('h1', {}, t('disclosure.title')),
      el('button', { type: 'button', class: 'link', onclick: () => { language = other; render(); } }, t('disclosure.switchLanguage'))),
    el('p', { class: 'muted' }, t('disclosure.intro')),
    response.ok ? '' : el('p', { role: 'alert' }, t('disclosure.unavailable')),
    el('table', { class: 'table', 'data-testid': 'disclosure-table' },
      el('thead', {}, el('tr', {}, heads.map((h) => el('th', { scope: 'col' }, t('disclosure.' + h))))),
      el('tbody', {}, body.items.map((p) => el('tr', {},
        el('td', {}, p.code), el('td', {}, p.title), el('td', {}, union(p.donor)), el('td', {}, union(p.recipient)),
        el('td', {}, t('type.' + p.type)), el('td', { class: 'num' }, money(p.budget)), el('td', {}, t('status.' + p.status)))))),
    el('p', { class: 'muted' }, t('disclosure.total').replace('{total}', body.total)),
    el('nav', { class: 'pager' },
      el('button', { type: 'button', disabled: page === 0 ? '' : null, onclick: () => { page -= 1; render(); } }, t('disclosure.previous')),
      ` ${page + 1} / ${pages} `,
      el('button', { type: 'button', disabled: page + 1 >= pages ? '' : null, onclick: () => { page += 1; render(); } }, t('disclosure.next'))));
}

render();
