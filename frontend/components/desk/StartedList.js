import { h, Fragment } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { dateTime } from '../../format.js';
import { useUnions } from '../../hooks.js';
import { href } from '../../router.js';
import { holderText } from '../../groups.js';
import { taskName } from '../tasks/TaskName.js';
import { ListPage, useListing } from '../common/ListPage.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { DeskTabs } from './DeskTabs.js';

/** 我发起的: the agreements and projects I submitted, with their status and who holds them now. */
export function StartedList({ query }) {
  const unions = useUnions();
  const listing = useListing('/started', query, [], (params, paging) => api.startedCases(paging));
  return h(Fragment, null, h(DeskTabs, { active: 'started' }), h(ListPage, {
    listing, title: t('started.title'), lead: t('started.lead'), filters: [], empty: t('started.empty'),
    tableClass: 'table started-table',
    columns: [
      { head: t('done.colCase'), cell: (c) => h('a', { href: href((c.type === 'PROJECT' ? '/projects/' : '/agreements/') + c.id) },
        h('span', { className: 'mono' }, c.code), h('div', { className: 'cell-note' }, c.title)) },
      { head: t('started.colType'), cell: (c) => t(c.type === 'PROJECT' ? 'started.project' : 'started.agreement') },
      { head: t('done.colStatus'), cell: (c) => h(StatusBadge, { status: c.status }) },
      { head: t('started.colNow'), cell: (c) => ((c.openTasks || []).length === 0 ? h('span', { className: 'muted' }, t('started.noStep'))
        : c.openTasks.map((task) => h('div', { key: task.id }, taskName(task.taskKey, task.name),
          h('span', { className: 'cell-note' }, ' · ', holderText(task, unions))))) },
      { head: t('started.colCreated'), cellClass: 'nowrap', cell: (c) => dateTime(c.createdAt) },
    ],
    row: (c) => ({ key: c.type + c.id }),
  }));
}
