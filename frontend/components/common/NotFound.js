import { h } from '../../html.js';
import { t } from '../../i18n/index.js';
import { href } from '../../router.js';

/** Nothing here: an unknown address, or something that does not exist or may not be seen (the same to the user). */
export function NotFound({ text }) {
  return h('section', { className: 'card empty not-found', role: 'status' },
    h('h1', null, t('notFound.title')),
    h('p', null, text || t('notFound.text')),
    h('a', { href: href('/inbox') }, t('nav.inbox')));
}
