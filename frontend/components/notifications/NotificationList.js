import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t, tEnum } from '../../i18n/index.js';
import { date, dateTime } from '../../format.js';
import { useLoad, useUnions } from '../../hooks.js';
import { href, navigate } from '../../router.js';
import { useSession } from '../../session.js';
import { groupName } from '../../groups.js';
import { notificationsChanged } from '../../notices.js';
import { taskName } from '../tasks/TaskName.js';
import { Pager } from '../common/Pager.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';

const PAGE_SIZE = 20;
const TONES = { OVERDUE: 'bad', REMINDER: 'warn', DELEGATED: 'info', LEDGER_BROKEN: 'bad', UNCOVERED: 'bad' };

/** Where the notice's agreement or project is listed (the business key is its code). */
function subjectHref(businessKey) {
  return href(String(businessKey || '').startsWith('PRJ-') ? '/projects' : '/agreements', { q: businessKey });
}

/** 通知: overdue warnings for the person's union, reminders and tasks handed to them, newest first. */
export function NotificationList({ query }) {
  const me = useSession();
  const unions = useUnions();
  const page = Number(query.page || 0);
  const list = useLoad(() => api.notifications({ page, size: PAGE_SIZE }), [page]);
  const [error, setError] = useState(null);
  const items = list.data ? list.data.items : [];

  const markRead = (n) => (n.read ? Promise.resolve() : api.readNotification(n.id).then(notificationsChanged));
  const read = (n) => markRead(n).then(list.reload).catch(setError);
  const readAll = () => api.readAllNotifications().then(notificationsChanged).then(list.reload).catch(setError);
  const open = (n, path) => (e) => {
    e.preventDefault();
    markRead(n).catch(() => null).then(() => navigate(path.path, path.query));
  };
  const mayAct = (n) => n.recipientUser === me.username || (n.holderGroup && (me.groups || []).includes(n.holderGroup));

  const text = (n) => {
    const task = taskName(n.taskKey, n.taskName);
    const who = n.createdByName || n.createdBy || '';
    if (n.kind === 'LEDGER_BROKEN') {
      return t('notifications.ledgerText');
    }
    if (n.kind === 'UNCOVERED') {
      return t('notifications.uncoveredText', { task, due: date(n.dueAt), holder: groupName(n.holderGroup, unions) });
    }
    if (n.kind === 'DUE_SOON') {
      return t('notifications.dueSoonText', { task, due: date(n.dueAt) });
    }
    if (n.kind === 'ESCALATED') {
      return t('notifications.escalatedText', { task, due: date(n.dueAt), holder: groupName(n.holderGroup, unions) });
    }
    if (n.kind === 'CC') {
      return t('notifications.ccText', { who, key: n.businessKey || '' });
    }
    if (n.kind === 'OVERDUE') {
      return t('notifications.overdueText', { task, due: date(n.dueAt), holder: groupName(n.holderGroup, unions) });
    }
    return t(n.kind === 'DELEGATED' ? 'notifications.delegatedText' : 'notifications.reminderText', { who, task });
  };

  return h('div', { className: 'page' },
    h('div', { className: 'page-head' },
      h('div', null, h('h1', null, t('notifications.title')), h('p', { className: 'page-sub' }, t('notifications.lead'))),
      list.data && list.data.unread ? h('div', { className: 'page-head-side' },
        h('span', { className: 'badge badge-info' }, t('notifications.unreadCount', { count: list.data.unread })),
        h('button', { type: 'button', className: 'btn btn-small', onClick: readAll }, t('notifications.markAllRead'))) : null),
    h(ErrorNotice, { error: error || list.error, onRetry: list.error ? list.reload : null }),
    list.loading && !list.data ? h(Loading) : null,
    list.data && items.length === 0 ? h('div', { className: 'card empty' }, h('p', null, t('notifications.empty'))) : null,
    items.length ? h('div', { className: 'card card-flush' + (list.loading ? ' is-stale' : '') },
      h('ul', { className: 'notice-list' }, items.map((n) => h('li', { key: n.id, className: 'notice-item' + (n.read ? '' : ' is-unread') },
        h('div', { className: 'notice-main' },
          h('div', { className: 'notice-head' },
            h('span', { className: 'badge badge-' + (TONES[n.kind] || 'muted') }, tEnum('kind', n.kind)),
            n.read ? null : h('span', { className: 'sr-only' }, t('notifications.unread')),
            h('span', { className: 'notice-text' }, text(n))),
          h('div', { className: 'notice-meta' },
            h('span', { className: 'mono' }, n.businessKey), ' · ', dateTime(n.createdAt),
            n.kind !== 'OVERDUE' && n.kind !== 'UNCOVERED' && n.dueAt ? h('span', null, ' · ', t('task.due'), ' ', date(n.dueAt)) : null),
          n.message ? h('blockquote', { className: 'timeline-comment' }, n.message) : null),
        h('div', { className: 'notice-actions' },
          n.kind === 'LEDGER_BROKEN' ? h('a', { className: 'btn btn-small btn-primary', href: href('/audit'),
            onClick: open(n, { path: '/audit' }) }, t('notifications.openLedger')) : null,
          mayAct(n) && n.taskId ? h('a', { className: 'btn btn-small btn-primary', href: href('/tasks/' + n.taskId),
            onClick: open(n, { path: '/tasks/' + n.taskId }) }, t('notifications.openTask')) : null,
          n.kind === 'UNCOVERED' ? h('a', { className: 'btn btn-small btn-primary', href: href('/'),
            onClick: open(n, { path: '/' }) }, t('notifications.openCoverage')) : null,
          n.businessKey && n.kind !== 'UNCOVERED' ? h('a', { className: 'btn btn-small', href: subjectHref(n.businessKey),
            onClick: open(n, { path: String(n.businessKey).startsWith('PRJ-') ? '/projects' : '/agreements', query: { q: n.businessKey } }) },
          t('notifications.openSubject')) : null,
          n.read ? null : h('button', { type: 'button', className: 'btn btn-small btn-quiet', onClick: () => read(n) },
            t('notifications.markRead')))))),
      h(Pager, { page, size: PAGE_SIZE, total: list.data.total, onPage: (p) => navigate('/notifications', { page: p || undefined }) })) : null);
}
