import { h } from '../../html.js';

/**
 * A table of `items`, one row each: `columns` are {head, className (of the head cell, and of the body cells unless
 * cellClass says otherwise), cell(item)}; `row(item)` gives each row's key and attributes.
 */
export function DataTable({ className, columns, items, row }) {
  const shown = columns.filter(Boolean);
  return h('div', { className: 'table-wrap' },
    h('table', { className },
      h('thead', null, h('tr', null, shown.map((c, i) => h('th', { key: i, className: c.className }, c.head)))),
      h('tbody', null, items.map((item) => h('tr', row(item),
        shown.map((c, i) => h('td', { key: i, className: c.cellClass || c.className }, c.cell(item))))))));
}
