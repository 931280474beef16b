import { h } from '../../html.js';
import { t, tEnum } from '../../i18n/index.js';
import { date, money } from '../../format.js';

/** A project's tranches: planned amount and date, and what happened to each so far. */
export function TrancheTable({ tranches }) {
  if (!tranches || tranches.length === 0) {
    return h('p', { className: 'muted' }, t('tranches.none'));
  }
  return h('div', { className: 'table-wrap' }, h('table', { className: 'table table-compact' },
    h('thead', null, h('tr', null,
      h('th', null, t('tranches.no')),
      h('th', { className: 'num' }, t('tranches.amount')),
      h('th', null, t('tranches.plannedOn')),
      h('th', null, t('tranches.status')))),
    h('tbody', null, tranches.map((tr, i) => h('tr', { key: tr.id || i },
      h('td', null, t('tranches.nth', { n: tr.seq || tr.number || i + 1 })),
      h('td', { className: 'num' }, money(tr.amount)),
      h('td', null, date(tr.plannedOn)),
      h('td', null, tr.status ? tEnum('trancheStatus', tr.status) : ''))))));
}
