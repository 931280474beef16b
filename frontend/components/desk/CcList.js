import { h, Fragment, useState } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { dateTime } from '../../format.js';
import { href, navigate } from '../../router.js';
import { ListPage, useListing } from '../common/ListPage.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { DeskTabs } from './DeskTabs.js';

/** 抄送我的: cases colleagues copied me on, read-only, unread ones marked; opening one marks it read. */
export function CcList({ query }) {
  const listing = useListing('/cc', query, ['unread'], (params, paging) => api.copies({ ...params, ...paging }));
  const [error, setError] = useState(null);
  const path = (c) => (c.projectId ? '/projects/' : '/agreements/') + c.subjectId;
  const read = (c) => api.readCopy(c.id).then(() => listing.list.reload()).catch(setError);
  const open = (e, c) => {
    e.preventDefault();
    api.readCopy(c.id).catch(() => null).then(() => navigate(path(c)));
  };
  return h(Fragment, null, h(DeskTabs, { active: 'cc' }), h(ListPage, {
    listing, title: t('cc.title'), lead: t('cc.lead'),
    aside: listing.list.data ? h('div', { className: 'counts' }, h('span', { className: 'count' },
      h('span', { className: 'count-number' }, listing.list.data.unread), t('cc.unread'))) : null,
    filters: [{ name: 'unread', label: t('cc.filterUnread'), options: [{ value: 'true', label: t('cc.onlyUnread') }] }],
    before: h(ErrorNotice, { error }),
    empty: t('cc.empty'), tableClass: 'table cc-table',
    columns: [
      { head: t('done.colCase'), cell: (c) => h('a', { className: 'cc-open', href: href(path(c)), onClick: (e) => open(e, c) },
        c.readAt ? null : h('span', { className: 'badge badge-warn cc-unread' }, t('cc.new')), ' ',
        h('span', { className: 'mono' }, c.code), h('div', { className: 'cell-note' }, c.title)) },
      { head: t('cc.colBy'), cell: (c) => c.copiedByName || c.copiedBy },
      { head: t('cc.colComment'), cell: (c) => c.comment || '' },
      { head: t('done.colStatus'), cell: (c) => h(StatusBadge, { status: c.status }) },
      { head: t('cc.colAt'), cellClass: 'nowrap', cell: (c) => dateTime(c.copiedAt) },
      { head: h('span', { className: 'sr-only' }, t('common.actions')), className: 'col-actions',
        cell: (c) => (c.readAt ? null : h('button', { type: 'button', className: 'btn btn-small cc-read', onClick: () => read(c) }, t('cc.markRead'))) },
    ],
    row: (c) => ({ key: c.id, className: c.readAt ? 'cc-row' : 'cc-row is-unread' }),
  }));
}
