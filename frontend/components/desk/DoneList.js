import { h, Fragment } from '../../html.js';
import * as api from '../../api.js';
import { t, tEnum } from '../../i18n/index.js';
import { dateTime } from '../../format.js';
import { href } from '../../router.js';
import { taskName } from '../tasks/TaskName.js';
import { ListPage, useListing } from '../common/ListPage.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { DeskTabs } from './DeskTabs.js';

/** 已办: the tasks I completed, newest first, with where each case stands now. */
export function DoneList({ query }) {
  const listing = useListing('/done', query, [], (params, paging) => api.doneTasks(paging));
  return h(Fragment, null, h(DeskTabs, { active: 'done' }), h(ListPage, {
    listing, title: t('done.title'), lead: t('done.lead'), filters: [], empty: t('done.empty'),
    tableClass: 'table done-table',
    columns: [
      { head: t('inbox.colTask'), cell: (d) => [h('strong', { key: 'n' }, taskName(d.taskKey)),
        d.onBehalfOf ? h('div', { key: 'b', className: 'cell-note' }, t('history.onBehalfOf', { who: d.onBehalfOf })) : null] },
      { head: t('done.colCase'), cell: (d) => h('a', { href: href((d.projectId ? '/projects/' : '/agreements/') + d.subjectId) },
        h('span', { className: 'mono' }, d.code), h('div', { className: 'cell-note' }, d.title)) },
      { head: t('done.colDecision'), cell: (d) => (d.decision ? tEnum('decision', d.decision) : '') },
      { head: t('done.colAt'), cellClass: 'nowrap', cell: (d) => dateTime(d.completedAt) },
      { head: t('done.colStatus'), cell: (d) => h(StatusBadge, { status: d.status }) },
    ],
    row: (d) => ({ key: d.taskId + d.completedAt, className: 'done-row' }),
  }));
}
