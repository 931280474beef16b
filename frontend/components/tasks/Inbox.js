import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { dateTime } from '../../format.js';
import { useLoad } from '../../hooks.js';
import { href } from '../../router.js';
import { useSession } from '../../session.js';
import { TASK_KEYS } from '../../catalog.js';
import { taskName } from './TaskName.js';
import { DueDate } from '../common/DueDate.js';
import { ListPage, useListing } from '../common/ListPage.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { DeskTabs } from '../desk/DeskTabs.js';
import { useBatchSelection } from '../desk/useBatchSelection.js';

/** 待办: the tasks offered to the person's groups or assigned to them, newest first. */
export function Inbox({ query }) {
  const me = useSession();
  const [claiming, setClaiming] = useState(null);
  const [actionError, setActionError] = useState(null);
  const listing = useListing('/inbox', query, ['taskKey', 'overdue', 'businessKey'], (params, paging) => api.tasks({ ...params, ...paging }));
  const { list, params } = listing;
  const batch = useBatchSelection(params.taskKey, list);
  const counts = useLoad(() => Promise.all([api.tasks({ size: 1 }), api.tasks({ overdue: true, size: 1 })])
    .then(([all, late]) => ({ all: all.total, overdue: late.total })), [list.data]);

  const claim = (task) => {
    setClaiming(task.id);
    setActionError(null);
    api.claimTask(task.id)
      .then(() => list.reload())
      .catch((e) => setActionError(e))
      .then(() => setClaiming(null));
  };

  return h('div', null, h(DeskTabs, { active: 'inbox' }), h(ListPage, {
    listing,
    title: t('inbox.title'),
    aside: counts.data ? h('div', { className: 'counts' },
      h('a', { className: 'count' + (params.overdue === '' ? ' is-active' : ''), href: href('/inbox') },
        h('span', { className: 'count-number' }, counts.data.all), t('inbox.countAll')),
      h('a', { className: 'count count-bad' + (params.overdue === 'true' ? ' is-active' : ''), href: href('/inbox', { overdue: 'true' }) },
        h('span', { className: 'count-number' }, counts.data.overdue), t('inbox.countOverdue'))) : null,
    filters: [
      { name: 'taskKey', label: t('inbox.filterType'), options: TASK_KEYS.map((k) => ({ value: k, label: taskName(k) })) },
      {
        name: 'overdue', label: t('inbox.filterOverdue'),
        options: [{ value: 'true', label: t('inbox.onlyOverdue') }, { value: 'false', label: t('inbox.notOverdue') }],
      },
      { name: 'businessKey', search: true, label: t('inbox.filterBusinessKey'), placeholder: t('inbox.businessKeyPlaceholder') },
    ],
    before: [h(ErrorNotice, { key: 'error', error: actionError }), batch.bar && h('div', { key: 'batch' }, batch.bar)],
    empty: listing.filtered ? t('inbox.emptyFiltered') : t('inbox.empty'),
    tableClass: 'table inbox-table',
    columns: [
      batch.column,
      {
        head: t('inbox.colTask'),
        cell: (task) => [
          h('a', { key: 'task', className: 'strong-link', href: href('/tasks/' + task.id) }, taskName(task.taskKey, task.name)),
          h('div', { key: 'process', className: 'cell-note' }, t('process.' + task.processKey))],
      },
      { head: t('inbox.colBusinessKey'), cellClass: 'mono', cell: (task) => task.businessKey },
      { head: t('inbox.colCreated'), cellClass: 'nowrap', cell: (task) => dateTime(task.created) },
      { head: t('inbox.colDue'), cellClass: 'nowrap', cell: (task) => h(DueDate, { due: task.due, overdue: task.overdue }) },
      {
        head: t('inbox.colAssignee'),
        cell: (task) => (task.assignee
          ? (task.assignee === me.username ? h('span', { className: 'badge badge-ok' }, t('inbox.assignedToMe')) : task.assignee)
          : h('span', { className: 'muted' }, t('inbox.unclaimed'))),
      },
      {
        head: h('span', { className: 'sr-only' }, t('common.actions')), className: 'col-actions',
        cell: (task) => [
          task.assignee ? null : h('button', {
            key: 'claim', type: 'button', className: 'btn btn-small', disabled: claiming === task.id, onClick: () => claim(task),
          }, claiming === task.id ? t('inbox.claiming') : t('inbox.claim')),
          h('a', { key: 'open', className: 'btn btn-small btn-primary', href: href('/tasks/' + task.id) }, t('inbox.open'))],
      },
    ],
    row: (task) => ({ key: task.id, className: task.overdue ? 'is-overdue' : '' }),
  }));
}
