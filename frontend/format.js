// Display formats for money, dates and instants, following the UI language.
import { lang } from './i18n/index.js';

const locale = () => (lang() === 'en' ? 'en-GB' : 'zh-CN');

/** 1250000.5 → "¥1,250,000.50"; blank for null. */
export function money(value) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const n = Number(value);
  if (!Number.isFinite(n)) {
    return String(value);
  }
  return '¥' + n.toLocaleString(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function pad(n) {
  return n < 10 ? '0' + n : String(n);
}

/** An ISO date ("2021-08-17") shown as it is; an instant shown as a local date. */
export function date(value) {
  if (!value) {
    return '';
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return value;
  }
  const d = new Date(value);
  if (isNaN(d.getTime())) {
    return String(value);
  }
  return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
}

/** An instant shown as local "yyyy-MM-dd HH:mm". */
export function dateTime(value) {
  if (!value) {
    return '';
  }
  const d = new Date(value);
  if (isNaN(d.getTime())) {
    return String(value);
  }
  return date(value) + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
}

/** Today as yyyy-MM-dd in local time. */
export function today() {
  const d = new Date();
  return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
}

/** Whole days from now until an instant (negative when past). */
export function daysUntil(value) {
  if (!value) {
    return null;
  }
  const ms = new Date(value).getTime() - Date.now();
  return Math.round(ms / 86400000);
}

/** File sizes in KB/MB. */
export function fileSize(bytes) {
  if (bytes === null || bytes === undefined) {
    return '';
  }
  if (bytes < 1024) {
    return bytes + ' B';
  }
  if (bytes < 1024 * 1024) {
    return (bytes / 1024).toFixed(1) + ' KB';
  }
  return (bytes / 1024 / 1024).toFixed(1) + ' MB';
}

/** Exact cents of an amount typed as text ("1,250,000.5" → 125000050), or null when it is not an amount. */
export function cents(text) {
  if (text === null || text === undefined) {
    return null;
  }
  const s = String(text).replace(/[,，\s]/g, '');
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  // beyond 13 integer digits a JavaScript number no longer holds every cent exactly
  if (!m || m[1].replace(/^0+/, '').length > 13) {
    return null;
  }
  return Number(m[1]) * 100 + Number(((m[2] || '') + '00').substring(0, 2));
}

/** Cents back to a yuan number for JSON (125000050 → 1250000.5). */
export function yuan(centsValue) {
  return Math.round(centsValue) / 100;
}
