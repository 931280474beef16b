import { h } from '../../html.js';
import { t } from '../../i18n/index.js';

export function Loading({ full }) {
  return h('div', { className: full ? 'loading loading-full' : 'loading', role: 'status' },
    h('span', { className: 'spinner', 'aria-hidden': 'true' }), t('common.loading'));
}
