import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { navigate } from '../../router.js';
import { LanguageSwitch } from '../common/LanguageSwitch.js';
import { PasswordForm } from './PasswordForm.js';

/**
 * First sign-in (or after a reset): the person chooses their own password before anything else,
 * since the server refuses every other call until then.
 */
export function ForcedPasswordChange({ me, onChanged, onSignedOut }) {
  const signOut = () => api.logout().catch(() => null).then(onSignedOut);
  return h('div', { className: 'signin-page' },
    h('div', { className: 'signin-top' }, h(LanguageSwitch)),
    h('main', { className: 'signin-card' },
      h('h1', { className: 'signin-heading' }, t('password.firstTitle')),
      h('p', { className: 'muted' }, t('password.firstLead', { name: me.displayName || me.username })),
      h(PasswordForm, { forced: true, onChanged }),
      h('button', { type: 'button', className: 'btn btn-link', onClick: signOut }, t('signOut'))),
    h('footer', { className: 'signin-footer' }, t('app.footer')));
}

/** 修改密码 for everyone signed in (#/password). */
export function PasswordPage() {
  const [done, setDone] = useState(false);
  return h('div', { className: 'page page-narrow' },
    h('div', { className: 'page-head' }, h('h1', null, t('password.title'))),
    h('div', { className: 'card' },
      done
        ? h('div', { className: 'notice notice-info', role: 'status' }, t('password.changed'))
        : h(PasswordForm, { forced: false, onChanged: () => setDone(true), onCancel: () => navigate('/inbox') })));
}
