// Shared helpers for performance targets (绩效目标): names, units and attainment as the pages show them.
import { h } from '../../html.js';
import { lang, t } from '../../i18n/index.js';

export const indicatorName = (i) => (lang() === 'en' ? i.nameEn : i.nameZh) || i.code;
export const unitLabel = (unit) => t('unit.' + unit);
export const percent = (value) => (value === null || value === undefined ? '—' : (Number(value) * 100).toFixed(1) + '%');
const number = (value) => (value === null || value === undefined ? '—' : Number(value).toLocaleString(lang() === 'en' ? 'en-US' : 'zh-CN'));
const bound = (i) => (i.direction === 'LE' ? '≤ ' : '≥ ');

/** Planned vs actual, one row per indicator. */
export function IndicatorTable({ indicators, actualInput }) {
  return h('div', { className: 'table-wrap' }, h('table', { className: 'table table-compact', 'data-testid': 'indicator-table' },
    h('thead', null, h('tr', null,
      h('th', null, t('indicator.name')), h('th', null, t('indicator.category')), h('th', { className: 'num' }, t('indicator.target')),
      h('th', { className: 'num' }, t('indicator.actual')), h('th', { className: 'num' }, t('indicator.attainment')))),
    h('tbody', null, indicators.map((i, n) => h('tr', { key: i.code },
      h('td', null, indicatorName(i)),
      h('td', null, t('indicatorCategory.' + i.category)),
      h('td', { className: 'num' }, bound(i), number(i.target), ' ', unitLabel(i.unit)),
      h('td', { className: 'num' }, actualInput ? actualInput(i, n) : [number(i.actual), ' ', i.actual === null ? '' : unitLabel(i.unit)]),
      h('td', { className: 'num' }, percent(i.attainment)))))));
}
