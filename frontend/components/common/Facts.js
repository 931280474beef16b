import { h } from '../../html.js';

/** Label / value pairs; rows with an empty value are left out. */
export function Facts({ rows }) {
  return h('dl', { className: 'facts' },
    rows.filter((r) => r && r[1] !== null && r[1] !== undefined && r[1] !== '').map(([label, value], i) =>
      h('div', { className: 'fact', key: i }, h('dt', null, label), h('dd', null, value))));
}
