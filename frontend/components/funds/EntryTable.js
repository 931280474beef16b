import { h } from '../../html.js';
import { t, tEnum } from '../../i18n/index.js';
import { dateTime, money } from '../../format.js';
import { DataTable } from '../common/DataTable.js';

/** The columns every view of ledger entries shows, in the language of the moment; a view places them among its own. */
export function entryColumns() {
  return {
    seq: { head: t('trace.seq'), className: 'num', cell: (e) => e.seq },
    type: { head: t('trace.type'), cellClass: 'nowrap', cell: (e) => tEnum('entry', e.type) },
    amount: { head: t('trace.amount'), className: 'num', cellClass: 'num nowrap', cell: (e) => money(e.amount) },
    bankReference: { head: t('trace.bankReference'), cellClass: 'mono', cell: (e) => e.bankReference || '' },
    at: { head: t('trace.at'), cellClass: 'nowrap', cell: (e) => dateTime(e.at) },
  };
}

/** Ledger entries in a compact table, or a note that there are none. */
export function EntryTable({ entries, columns, emptyClass }) {
  return entries.length === 0 ? h('p', { className: emptyClass || 'muted' }, t('trace.noEntries'))
    : h(DataTable, { className: 'table table-compact', columns, items: entries, row: (e) => ({ key: e.seq }) });
}
