import { h } from '../html.js';
import { t } from '../i18n/index.js';
import { href } from '../router.js';

export function NotFound() {
  return h('section', { className: 'card empty' },
    h('h1', null, t('notFound.title')),
    h('p', null, t('notFound.text')),
    h('a', { href: href('/inbox') }, t('nav.inbox')));
}
