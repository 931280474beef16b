// The UI language: Chinese by default, English on request, remembered in localStorage.
import zh from './zh.js';
import en from './en.js';

const STORAGE_KEY = 'aidflow.lang';
const dictionaries = { zh, en };
const listeners = new Set();

function initial() {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    return saved === 'en' ? 'en' : 'zh';
  } catch (e) {
    return 'zh';
  }
}

let current = initial();
document.documentElement.lang = current === 'en' ? 'en' : 'zh-CN';

export function lang() {
  return current;
}

/** The value for the server's Accept-Language header. */
export function acceptLanguage() {
  return current === 'en' ? 'en' : 'zh-CN';
}

export function setLang(next) {
  current = next === 'en' ? 'en' : 'zh';
  try {
    window.localStorage.setItem(STORAGE_KEY, current);
  } catch (e) {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = current === 'en' ? 'en' : 'zh-CN';
  document.title = t('app.documentTitle');
  listeners.forEach((fn) => fn(current));
}

export function onLangChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** The text for a key in the current language, with {name} placeholders filled in. */
export function t(key, params) {
  let text = dictionaries[current][key];
  if (text === undefined) {
    text = dictionaries.zh[key];
  }
  if (text === undefined) {
    return key;
  }
  if (params) {
    text = text.replace(/\{(\w+)\}/g, (m, name) => (params[name] === undefined || params[name] === null ? '' : String(params[name])));
  }
  return text;
}

/** A translated enum value (status, role, focus area …), or the raw value when the dictionary has none. */
export function tEnum(group, value) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const key = group + '.' + value;
  const text = dictionaries[current][key] ?? dictionaries.zh[key];
  return text === undefined ? String(value) : text;
}

/** True when the dictionary knows the key. */
export function has(key) {
  return dictionaries[current][key] !== undefined || dictionaries.zh[key] !== undefined;
}

/** Chinese or English name of a union, from a {zh,en} or {nameZh,nameEn} object. */
export function unionName(names, code) {
  if (!names) {
    return code || '';
  }
  const zhName = names.zh ?? names.nameZh;
  const enName = names.en ?? names.nameEn;
  return (current === 'en' ? enName || zhName : zhName || enName) || code || '';
}
