import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { LanguageSwitch } from '../common/LanguageSwitch.js';

/** The sign-in page: user name and password, posted as a form with the CSRF token. */
export function SignIn({ expired, onSignedIn }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);

  const submit = (e) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setError(t('signIn.missing'));
      return;
    }
    setBusy(true);
    setError(null);
    api.login(username.trim(), password)
      .then((me) => onSignedIn(me))
      .catch((err) => {
        setBusy(false);
        setError(err.status === 401 ? (err.detail || t('signIn.failed')) : (err.detail || err.message));
      });
  };

  return h('div', { className: 'signin-page' },
    h('div', { className: 'signin-top' }, h(LanguageSwitch)),
    h('main', { className: 'signin-card' },
      h('div', { className: 'signin-brand' },
        h('img', { src: '/favicon.svg', alt: '', width: 40, height: 40 }),
        h('div', null,
          h('div', { className: 'signin-title' }, t('app.name')),
          h('div', { className: 'signin-subtitle' }, t('app.tagline')))),
      h('h1', { className: 'signin-heading' }, t('signIn.title')),
      expired ? h('div', { className: 'notice notice-info', role: 'status' }, t('signIn.expired')) : null,
      h('form', { onSubmit: submit, noValidate: true },
        h('label', { className: 'field' },
          h('span', { className: 'field-label' }, t('signIn.username')),
          h('input', {
            className: 'input', name: 'username', autoComplete: 'username', autoFocus: true,
            value: username, onChange: (e) => setUsername(e.target.value),
          })),
        h('label', { className: 'field' },
          h('span', { className: 'field-label' }, t('signIn.password')),
          h('input', {
            className: 'input', name: 'password', type: 'password', autoComplete: 'current-password',
            value: password, onChange: (e) => setPassword(e.target.value),
          })),
        error ? h('div', { className: 'notice notice-error', role: 'alert' }, error) : null,
        h('button', { type: 'submit', className: 'btn btn-primary btn-block', disabled: busy },
          busy ? t('signIn.busy') : t('signIn.submit')))),
    h('footer', { className: 'signin-footer' }, t('app.footer')));
}
