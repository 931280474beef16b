import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { lang, t, tEnum, unionName } from '../../i18n/index.js';
import { href } from '../../router.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { NotificationBell } from '../notifications/NotificationBell.js';

/** Brand, navigation, and who is signed in: name, union and roles, always in view. */
export function Header({ me, route, onSignedOut }) {
  const [busy, setBusy] = useState(false);
  const section = route.path[0] || 'inbox';
  const administrator = (me.roles || []).includes('admin');
  const where = route.path.slice(0, 2).join('/');
  const active = (name) => (section === name || where === name || (name === 'inbox' && section === 'tasks') ? ' is-active' : '');

  const signOut = () => {
    setBusy(true);
    api.logout().catch(() => null).then(() => {
      setBusy(false);
      onSignedOut();
    });
  };

  return h('header', { className: 'header' },
    h('div', { className: 'header-inner' },
      h('a', { className: 'brand', href: href(administrator ? '/' : '/inbox') },
        h('img', { src: '/favicon.svg', alt: '', width: 28, height: 28 }),
        h('span', { className: 'brand-name' }, t('app.name')),
        h('span', { className: 'brand-tagline' }, t('app.shortTagline'))),
      h('nav', { className: 'nav', 'aria-label': t('nav.label') },
        // the system administrator holds no business role: their home (coverage), the ledger's
        // verification, people and the directory; everyone else the business pages
        administrator ? [
          h('a', { key: 'home', className: 'nav-link' + active('inbox'), href: href('/') }, t('nav.home')),
          h('a', { key: 'audit', className: 'nav-link' + active('audit'), href: href('/audit') }, t('nav.audit')),
          h('a', { key: 'people', className: 'nav-link' + active('people'), href: href('/people') }, t('nav.people')),
          h('a', { key: 'directory', className: 'nav-link' + active('directory'), href: href('/directory') }, t('nav.directory')),
          h('a', { key: 'outbox', className: 'nav-link' + active('admin/outbox'), href: href('/admin/outbox') }, t('nav.outbox')),
        ] : [
          h('a', { key: 'inbox', className: 'nav-link' + active('inbox'), href: href('/inbox') }, t('nav.inbox')),
          h('a', { key: 'agreements', className: 'nav-link' + active('agreements'), href: href('/agreements') }, t('nav.agreements')),
          h('a', { key: 'projects', className: 'nav-link' + active('projects'), href: href('/projects') }, t('nav.projects')),
          h('a', { key: 'dashboard', className: 'nav-link' + active('dashboard'), href: href('/dashboard') }, t('nav.dashboard')),
          h('a', { key: 'audit', className: 'nav-link' + active('audit'), href: href('/audit') }, t('nav.audit')),
        ]),
      h(NotificationBell, { active: section === 'notifications', where: route.path.join('/') }),
      h('div', { className: 'user' },
        h('div', { className: 'user-text' },
          h('div', { className: 'user-name', title: (lang() === 'en' && me.displayNameEn) || me.displayName || me.username },
            (lang() === 'en' && me.displayNameEn) || me.displayName || me.username),
          h('div', { className: 'user-union', title: unionName(me.union, me.union && me.union.code) },
            unionName(me.union, me.union && me.union.code)),
          h('div', { className: 'user-roles' },
            (me.roles || []).map((r) => h('span', { className: 'role', key: r }, tEnum('role', r))))),
        h(LanguageSwitch),
        h('a', { className: 'btn btn-small btn-quiet my-channels', href: href('/me/channels') }, t('channels.link')),
        h('a', { className: 'btn btn-small btn-quiet change-password', href: href('/password') }, t('password.link')),
        h('button', { type: 'button', className: 'btn btn-small btn-quiet sign-out', onClick: signOut, disabled: busy }, t('signOut')))));
}
