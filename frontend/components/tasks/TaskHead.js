import { h } from '../../html.js';
import { t } from '../../i18n/index.js';
import { dateTime } from '../../format.js';
import { DueDate } from '../common/DueDate.js';

/** The task page's head: the task's name, case and dates, who holds it, and the claim and delegate buttons. */
export function TaskHead({ task, name, me, claiming, onClaim, onDelegate }) {
  const heldByOther = task.assignee && task.assignee !== me.username;
  return h('div', { className: 'page-head' },
    h('div', null,
      h('h1', null, name),
      h('div', { className: 'page-sub' },
        h('span', { className: 'mono' }, task.businessKey), ' · ', t('process.' + task.processKey),
        ' · ', t('task.created', { at: dateTime(task.created) }))),
    h('div', { className: 'page-head-side' },
      h('div', null, t('task.due'), ' ', h(DueDate, { due: task.due, overdue: task.overdue })),
      h('div', { className: 'assignee' },
        task.assignee
          ? (task.assignee === me.username ? h('span', { className: 'badge badge-ok' }, t('inbox.assignedToMe'))
            : h('span', { className: 'badge badge-warn' }, t('task.heldBy', { who: task.assignee })))
          : h('button', { type: 'button', className: 'btn btn-small', onClick: onClaim, disabled: claiming },
            claiming ? t('inbox.claiming') : t('inbox.claim')),
        heldByOther ? null : h('button', { type: 'button', className: 'btn btn-small delegate-button', onClick: onDelegate },
          t('delegate.button')))));
}
