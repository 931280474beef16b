import { h, useState, useEffect } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { href } from '../../router.js';
import { onNotificationsChanged } from '../../notices.js';

const REFRESH_MS = 60000;

/** The bell in the header: how many notifications the person has not read, and the way to them. */
export function NotificationBell({ active, where }) {
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    let live = true;
    const load = () => api.notifications({ size: 1 }).then((p) => live && setUnread(p.unread || 0)).catch(() => null);
    load();
    const timer = window.setInterval(load, REFRESH_MS);
    const off = onNotificationsChanged(load);
    return () => {
      live = false;
      window.clearInterval(timer);
      off();
    };
  }, [where]);

  const label = unread ? t('bell.unread', { count: unread }) : t('bell.none');
  return h('a', { className: 'bell' + (active ? ' is-active' : ''), href: href('/notifications'), title: label, 'aria-label': label },
    h('svg', { viewBox: '0 0 24 24', width: 22, height: 22, 'aria-hidden': 'true', focusable: 'false' },
      h('path', {
        fill: 'currentColor',
        d: 'M12 22a2.2 2.2 0 0 0 2.2-2.2H9.8A2.2 2.2 0 0 0 12 22zm6.6-6.2V11c0-3.2-1.7-5.9-4.8-6.6v-.7a1.8 1.8 0 0 0-3.6 0v.7C7.1 5.1 5.4 7.8 5.4 11v4.8L3.6 17.6v.9h16.8v-.9z',
      })),
    unread ? h('span', { className: 'bell-count', 'aria-hidden': 'true' }, unread > 99 ? '99+' : String(unread)) : null);
}
