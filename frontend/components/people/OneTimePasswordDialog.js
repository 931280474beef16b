import { h } from '../../html.js';
import { t } from '../../i18n/index.js';
import { Dialog } from '../common/Dialog.js';

/** The one-time password, shown this once: the server never answers it again. */
export function OneTimePasswordDialog({ person, password, onClose }) {
  return h(Dialog, { title: t('people.otpTitle'), onClose },
    h('div', { className: 'form' },
      h('p', null, t('people.otpLead', { name: person.displayName, username: person.username })),
      h('p', { className: 'otp' },
        h('code', { className: 'mono otp-value', 'data-otp': 'true' }, password)),
      h('div', { className: 'notice notice-warn', role: 'status' }, t('people.otpOnce')),
      h('div', { className: 'button-row' },
        h('button', { type: 'button', className: 'btn btn-primary', onClick: onClose }, t('people.otpDone')))));
}
