import { h } from '../../html.js';
import { t } from '../../i18n/index.js';
import { money } from '../../format.js';

const FIELDS = ['budget', 'recipientUnion', 'tranches', 'indicators'];

function show(field, value) {
  if (value === undefined || value === null) {
    return '—';
  }
  if (field === 'budget') {
    return money(value);
  }
  if (field === 'tranches') {
    return h('ol', { className: 'plain-list' }, value.map((tr, i) => h('li', { key: i }, money(tr.amount), ' · ', tr.plannedOn)));
  }
  if (field === 'indicators') {
    return value.length ? h('ul', { className: 'plain-list' }, value.map((x) => h('li', { key: x.code }, x.code, ' ', x.target, ' ', t('unit.' + x.unit))))
      : '—';
  }
  return String(value);
}

/** A change side by side: the approved version and the one asked for, the changed rows marked. */
export function ChangeDiff({ change }) {
  if (!change) {
    return null;
  }
  return h('div', { className: 'table-wrap' }, h('table', { className: 'table table-compact', 'data-testid': 'change-diff' },
    h('thead', null, h('tr', null, h('th', null), h('th', null, t('change.before')), h('th', null, t('change.after')))),
    h('tbody', null, FIELDS.map((f) => h('tr', { key: f, className: change.changed.includes(f) ? 'is-changed' : '' },
      h('th', { scope: 'row' }, t('change.field.' + f), change.changed.includes(f) ? ' ●' : ''),
      h('td', null, show(f, change.before[f])),
      h('td', { className: change.changed.includes(f) ? 'strong' : '' }, show(f, change.after[f])))))),
    h('p', { className: 'muted' }, t('change.reason'), ': ', change.reason));
}

/** The change a task decides on, shown in its form. */
export function TaskChange({ task }) {
  const change = task && task.data && task.data.change;
  return change ? h('div', { className: 'field', 'data-field': 'change' },
    h('div', { className: 'field-label' }, t('change.title')), h(ChangeDiff, { change })) : null;
}
