import { h } from '../../html.js';
import { t } from '../../i18n/index.js';
import { date, daysUntil } from '../../format.js';

/** A due date with how long is left, or an overdue mark. */
export function DueDate({ due, overdue }) {
  if (!due) {
    return h('span', { className: 'muted' }, t('due.none'));
  }
  const days = daysUntil(due);
  let note;
  if (overdue) {
    note = h('span', { className: 'badge badge-bad' }, t('due.overdue', { days: Math.max(1, -days) }));
  } else if (days <= 2) {
    note = h('span', { className: 'badge badge-warn' }, days <= 0 ? t('due.today') : t('due.daysLeft', { days }));
  } else {
    note = h('span', { className: 'due-left' }, t('due.daysLeft', { days }));
  }
  return h('span', { className: 'due' + (overdue ? ' is-overdue' : '') }, h('span', { className: 'due-date' }, date(due)), ' ', note);
}
