import { h } from '../../html.js';
import { t } from '../../i18n/index.js';
import { href } from '../../router.js';
import { CoverageCard } from './CoverageCard.js';

/** The administrator's home: who is missing where, and the way to the people. */
export function AdminHome() {
  return h('div', { className: 'page' },
    h('div', { className: 'page-head' },
      h('div', null, h('h1', null, t('admin.title')), h('p', { className: 'page-sub' }, t('admin.lead'))),
      h('a', { className: 'btn btn-primary', href: href('/people') }, t('nav.people'))),
    h(CoverageCard));
}
