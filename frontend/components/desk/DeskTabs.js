import { h } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { useLoad } from '../../hooks.js';
import { href } from '../../router.js';

/** The desk's tabs above the inbox: 待办, 已办, 我发起的, 抄送我的 (with the unread count) and 代理. */
export function DeskTabs({ active }) {
  const copies = useLoad(() => api.copies({ size: 1 }), [active]);
  const unread = copies.data ? copies.data.unread : 0;
  const tab = (key, path, label, extra) => h('a', {
    key, className: 'desk-tab' + (active === key ? ' is-active' : ''), href: href(path), 'aria-current': active === key ? 'page' : null,
  }, label, extra || null);
  return h('nav', { className: 'desk-tabs', 'aria-label': t('desk.tabs') },
    tab('inbox', '/inbox', t('desk.inbox')),
    tab('done', '/done', t('desk.done')),
    tab('started', '/started', t('desk.started')),
    tab('cc', '/cc', t('desk.cc'), unread ? h('span', { className: 'badge badge-warn desk-unread', title: t('cc.unreadCount', { n: unread }) }, unread) : null),
    tab('substitute', '/substitute', t('desk.substitute')));
}
