import { h, useState, useEffect } from '../../html.js';
import * as api from '../../api.js';
import { t, tEnum, unionName } from '../../i18n/index.js';
import { date, money } from '../../format.js';
import { useLoad } from '../../hooks.js';
import { href, navigate } from '../../router.js';
import { useSession, isDonorProposer } from '../../session.js';
import { AGREEMENT_STATUSES } from '../../catalog.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { Pager } from '../common/Pager.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';

const PAGE_SIZE = 20;

/** The agreements the person may see, with a title search, a status filter and paging. */
export function AgreementList({ query }) {
  const me = useSession();
  const q = query.q || '';
  const status = query.status || '';
  const page = Number(query.page || 0);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const list = useLoad(() => api.agreements({ q, status, page, size: PAGE_SIZE }), [q, status, page]);
  const go = (changes) => navigate('/agreements', { q, status, ...changes, page: changes.page || undefined });
  const items = list.data ? list.data.items : [];

  return h('div', { className: 'page' },
    h('div', { className: 'page-head' },
      h('h1', null, t('agreements.title')),
      isDonorProposer(me) ? h('a', { className: 'btn btn-primary', href: href('/agreements/new') }, '+ ', t('agreements.new')) : null),
    h('form', {
      className: 'filters', role: 'search',
      onSubmit: (e) => {
        e.preventDefault();
        go({ q: text.trim(), page: 0 });
      },
    },
      h('label', { className: 'filter filter-grow' },
        h('span', { className: 'filter-label' }, t('agreements.search')),
        h('input', { className: 'input', type: 'search', value: text, placeholder: t('agreements.searchPlaceholder'), onChange: (e) => setText(e.target.value) })),
      h('label', { className: 'filter' },
        h('span', { className: 'filter-label' }, t('agreements.status')),
        h('select', { className: 'input', value: status, onChange: (e) => go({ status: e.target.value, page: 0 }) },
          h('option', { value: '' }, t('common.all')),
          AGREEMENT_STATUSES.map((s) => h('option', { key: s, value: s }, tEnum('status', s))))),
      h('div', { className: 'filter filter-buttons' },
        h('button', { type: 'submit', className: 'btn' }, t('common.search')),
        (q || status) ? h('a', { className: 'btn btn-quiet', href: href('/agreements') }, t('common.clear')) : null)),
    list.error ? h(ErrorNotice, { error: list.error, onRetry: list.reload }) : null,
    list.loading && !list.data ? h(Loading) : null,
    list.data && items.length === 0 ? h('div', { className: 'card empty' }, h('p', null, t('agreements.empty'))) : null,
    items.length > 0 ? h('div', { className: 'card card-flush' + (list.loading ? ' is-stale' : ''), 'aria-busy': list.loading ? 'true' : 'false' },
      h('div', { className: 'table-wrap' },
        h('table', { className: 'table' },
          h('thead', null, h('tr', null,
            h('th', null, t('agreement.title')),
            h('th', null, t('agreement.donor')),
            h('th', null, t('agreement.recipient')),
            h('th', { className: 'num' }, t('agreement.intendedAmount')),
            h('th', null, t('agreement.period')),
            h('th', null, t('agreement.status')))),
          h('tbody', null, items.map((a) => h('tr', { key: a.id },
            h('td', null,
              h('a', { className: 'strong-link', href: href('/agreements/' + a.id) }, a.title),
              h('div', { className: 'cell-note mono' }, a.code)),
            h('td', null, unionName(a.donorName, a.donorUnion)),
            h('td', null, unionName(a.recipientName, a.recipientUnion)),
            h('td', { className: 'num nowrap' }, money(a.intendedAmount)),
            h('td', { className: 'nowrap' }, date(a.startDate), h('br'), date(a.endDate)),
            h('td', null, h(StatusBadge, { status: a.status }))))))),
      h(Pager, { page, size: PAGE_SIZE, total: list.data.total, onPage: (p) => go({ page: p }) })) : null);
}
