import { h } from '../../html.js';
import { t, tEnum, has } from '../../i18n/index.js';
import { dateTime } from '../../format.js';
import { taskName } from '../tasks/TaskName.js';

/** Who did what and when, with the decision and comment, oldest first. */
export function HistoryList({ history }) {
  if (!history || history.length === 0) {
    return h('p', { className: 'muted' }, t('history.none'));
  }
  return h('ol', { className: 'timeline' }, history.map((e, i) => h('li', {
    key: e.id || i, className: 'timeline-item' + (String(e.action).startsWith('STATUS_') ? ' timeline-status' : ''),
  },
    h('div', { className: 'timeline-head' },
      h('span', { className: 'timeline-what' }, what(e)),
      e.decision ? h('span', { className: 'badge badge-' + decisionTone(e.decision) }, tEnum('decision', e.decision)) : null),
    h('div', { className: 'timeline-meta' }, (e.actorName || (e.actor === 'system' ? t('history.system') : e.actor) || '')
      + (e.onBehalfOf ? ' ' + t('history.onBehalfOf', { who: e.onBehalfOfName || e.onBehalfOf }) : '') + ' · ' + dateTime(e.at)),
    e.comment ? h('blockquote', { className: 'timeline-comment' }, e.comment) : null)));
}

/** A status the process set; a completed step by its task's name; a remark, reminder or hand-on by task and action; anything else by its action. */
function what(e) {
  if (String(e.action).startsWith('STATUS_')) {
    return t('history.status', { status: tEnum('status', e.action.substring('STATUS_'.length)) });
  }
  const known = has('action.' + e.action);
  if (e.taskKey && (e.action === 'TASK_COMPLETED' || !known)) {
    return taskName(e.taskKey);
  }
  if (e.taskKey && String(e.action).startsWith('TASK_')) {
    return taskName(e.taskKey) + ' · ' + tEnum('action', e.action);
  }
  return known ? tEnum('action', e.action) : e.action;
}

function decisionTone(decision) {
  if (['APPROVE', 'ACKNOWLEDGE', 'PASS', 'RESUBMIT'].includes(decision)) {
    return 'ok';
  }
  if (['REJECT', 'FAIL', 'WITHDRAW'].includes(decision)) {
    return 'bad';
  }
  return 'warn';
}
