import { h } from '../../html.js';
import { t } from '../../i18n/index.js';

/** Previous / next over a list page {page, size, total}. */
export function Pager({ page, size, total, onPage }) {
  const pages = Math.max(1, Math.ceil((total || 0) / (size || 20)));
  return h('nav', { className: 'pager', 'aria-label': t('pager.label') },
    h('button', { type: 'button', className: 'btn btn-small', disabled: page <= 0, onClick: () => onPage(page - 1) }, t('pager.previous')),
    h('span', { className: 'pager-info' }, t('pager.info', { page: page + 1, pages, total: total || 0 })),
    h('button', { type: 'button', className: 'btn btn-small', disabled: page + 1 >= pages, onClick: () => onPage(page + 1) }, t('pager.next')));
}
