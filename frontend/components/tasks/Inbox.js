import { h, useState, useEffect } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { dateTime } from '../../format.js';
import { useLoad } from '../../hooks.js';
import { href, navigate } from '../../router.js';
import { useSession } from '../../session.js';
import { TASK_KEYS } from '../../catalog.js';
import { taskName } from './TaskName.js';
import { DueDate } from '../common/DueDate.js';
import { Pager } from '../common/Pager.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';

const PAGE_SIZE = 20;

/** 待办: the tasks offered to the person's groups or assigned to them, newest first. */
export function Inbox({ query }) {
  const me = useSession();
  const taskKey = query.taskKey || '';
  const overdue = query.overdue || '';
  const businessKey = query.businessKey || '';
  const page = Number(query.page || 0);
  const [keyInput, setKeyInput] = useState(businessKey);
  const [claiming, setClaiming] = useState(null);
  const [actionError, setActionError] = useState(null);

  useEffect(() => setKeyInput(businessKey), [businessKey]);

  const list = useLoad(() => api.tasks({ taskKey, overdue, businessKey, page, size: PAGE_SIZE }),
    [taskKey, overdue, businessKey, page]);
  const counts = useLoad(() => Promise.all([api.tasks({ size: 1 }), api.tasks({ overdue: true, size: 1 })])
    .then(([all, late]) => ({ all: all.total, overdue: late.total })), [list.data]);

  const go = (changes) => navigate('/inbox', { taskKey, overdue, businessKey, ...changes, page: changes.page || undefined });

  const claim = (task) => {
    setClaiming(task.id);
    setActionError(null);
    api.claimTask(task.id)
      .then(() => list.reload())
      .catch((e) => setActionError(e))
      .then(() => setClaiming(null));
  };

  const items = list.data ? list.data.items : [];

  return h('div', { className: 'page' },
    h('div', { className: 'page-head' },
      h('h1', null, t('inbox.title')),
      counts.data ? h('div', { className: 'counts' },
        h('a', { className: 'count' + (overdue === '' ? ' is-active' : ''), href: href('/inbox') },
          h('span', { className: 'count-number' }, counts.data.all), t('inbox.countAll')),
        h('a', { className: 'count count-bad' + (overdue === 'true' ? ' is-active' : ''), href: href('/inbox', { overdue: 'true' }) },
          h('span', { className: 'count-number' }, counts.data.overdue), t('inbox.countOverdue'))) : null),
    h('form', {
      className: 'filters', role: 'search',
      onSubmit: (e) => {
        e.preventDefault();
        go({ businessKey: keyInput.trim(), page: 0 });
      },
    },
      h('label', { className: 'filter' },
        h('span', { className: 'filter-label' }, t('inbox.filterType')),
        h('select', { className: 'input', value: taskKey, onChange: (e) => go({ taskKey: e.target.value, page: 0 }) },
          h('option', { value: '' }, t('common.all')),
          TASK_KEYS.map((k) => h('option', { key: k, value: k }, taskName(k))))),
      h('label', { className: 'filter' },
        h('span', { className: 'filter-label' }, t('inbox.filterOverdue')),
        h('select', { className: 'input', value: overdue, onChange: (e) => go({ overdue: e.target.value, page: 0 }) },
          h('option', { value: '' }, t('common.all')),
          h('option', { value: 'true' }, t('inbox.onlyOverdue')),
          h('option', { value: 'false' }, t('inbox.notOverdue')))),
      h('label', { className: 'filter filter-grow' },
        h('span', { className: 'filter-label' }, t('inbox.filterBusinessKey')),
        h('input', {
          className: 'input', value: keyInput, placeholder: t('inbox.businessKeyPlaceholder'),
          onChange: (e) => setKeyInput(e.target.value),
        })),
      h('div', { className: 'filter filter-buttons' },
        h('button', { type: 'submit', className: 'btn' }, t('common.search')),
        (taskKey || overdue || businessKey) ? h('a', { className: 'btn btn-quiet', href: href('/inbox') }, t('common.clear')) : null)),
    h(ErrorNotice, { error: actionError }),
    list.error ? h(ErrorNotice, { error: list.error, onRetry: list.reload }) : null,
    list.loading && !list.data ? h(Loading) : null,
    list.data && items.length === 0 ? h('div', { className: 'card empty' },
      h('p', null, (taskKey || overdue || businessKey) ? t('inbox.emptyFiltered') : t('inbox.empty'))) : null,
    items.length > 0 ? h('div', { className: 'card card-flush' + (list.loading ? ' is-stale' : ''), 'aria-busy': list.loading ? 'true' : 'false' },
      h('div', { className: 'table-wrap' },
        h('table', { className: 'table inbox-table' },
          h('thead', null, h('tr', null,
            h('th', null, t('inbox.colTask')),
            h('th', null, t('inbox.colBusinessKey')),
            h('th', null, t('inbox.colCreated')),
            h('th', null, t('inbox.colDue')),
            h('th', null, t('inbox.colAssignee')),
            h('th', { className: 'col-actions' }, h('span', { className: 'sr-only' }, t('common.actions'))))),
          h('tbody', null, items.map((task) => h('tr', { key: task.id, className: task.overdue ? 'is-overdue' : '' },
            h('td', null,
              h('a', { className: 'strong-link', href: href('/tasks/' + task.id) }, taskName(task.taskKey, task.name)),
              h('div', { className: 'cell-note' }, t('process.' + task.processKey))),
            h('td', { className: 'mono' }, task.businessKey),
            h('td', { className: 'nowrap' }, dateTime(task.created)),
            h('td', { className: 'nowrap' }, h(DueDate, { due: task.due, overdue: task.overdue })),
            h('td', null, task.assignee
              ? (task.assignee === me.username ? h('span', { className: 'badge badge-ok' }, t('inbox.assignedToMe')) : task.assignee)
              : h('span', { className: 'muted' }, t('inbox.unclaimed'))),
            h('td', { className: 'col-actions' },
              task.assignee ? null : h('button', {
                type: 'button', className: 'btn btn-small', disabled: claiming === task.id, onClick: () => claim(task),
              }, claiming === task.id ? t('inbox.claiming') : t('inbox.claim')),
              h('a', { className: 'btn btn-small btn-primary', href: href('/tasks/' + task.id) }, t('inbox.open')))))))),
      h(Pager, { page, size: PAGE_SIZE, total: list.data.total, onPage: (p) => go({ page: p }) })) : null);
}
