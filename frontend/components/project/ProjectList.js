import { h, useState, useEffect } from '../../html.js';
import * as api from '../../api.js';
import { t, tEnum, unionName } from '../../i18n/index.js';
import { money } from '../../format.js';
import { useLoad, useUnions } from '../../hooks.js';
import { href, navigate } from '../../router.js';
import { useSession, isDonorProposer } from '../../session.js';
import { PROJECT_STATUSES, TYPE_GROUPS } from '../../catalog.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { Pager } from '../common/Pager.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';

const PAGE_SIZE = 20;

/** The projects the person may see, filtered by title, status, type group and type. */
export function ProjectList({ query }) {
  const me = useSession();
  const q = query.q || '';
  const status = query.status || '';
  const typeGroup = query.typeGroup || '';
  const type = query.type || '';
  const agreementId = query.agreementId || '';
  const donor = query.donor || '';
  const recipient = query.recipient || '';
  const page = Number(query.page || 0);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const unions = useUnions();
  const list = useLoad(() => api.projects({ q, status, typeGroup, type, agreementId, donor, recipient, page, size: PAGE_SIZE }),
    [q, status, typeGroup, type, agreementId, donor, recipient, page]);
  const go = (changes) => navigate('/projects',
    { q, status, typeGroup, type, agreementId, donor, recipient, ...changes, page: changes.page || undefined });
  const unionLabel = (code) => unionName(unions && unions.byCode[code], code);
  const items = list.data ? list.data.items || [] : [];
  const types = typeGroup ? TYPE_GROUPS[typeGroup] || [] : Object.values(TYPE_GROUPS).flat();

  return h('div', { className: 'page' },
    h('div', { className: 'page-head' },
      h('h1', null, t('projects.title')),
      isDonorProposer(me) ? h('a', { className: 'btn btn-primary', href: href('/projects/new') }, '+ ', t('projects.new')) : null),
    h('form', {
      className: 'filters', role: 'search',
      onSubmit: (e) => {
        e.preventDefault();
        go({ q: text.trim(), page: 0 });
      },
    },
      h('label', { className: 'filter filter-grow' },
        h('span', { className: 'filter-label' }, t('projects.search')),
        h('input', { className: 'input', type: 'search', value: text, placeholder: t('projects.searchPlaceholder'), onChange: (e) => setText(e.target.value) })),
      h('label', { className: 'filter' },
        h('span', { className: 'filter-label' }, t('project.status')),
        h('select', { className: 'input', value: status, onChange: (e) => go({ status: e.target.value, page: 0 }) },
          h('option', { value: '' }, t('common.all')),
          PROJECT_STATUSES.map((s) => h('option', { key: s, value: s }, tEnum('status', s))))),
      h('label', { className: 'filter' },
        h('span', { className: 'filter-label' }, t('project.typeGroup')),
        h('select', { className: 'input', value: typeGroup, onChange: (e) => go({ typeGroup: e.target.value, type: '', page: 0 }) },
          h('option', { value: '' }, t('common.all')),
          Object.keys(TYPE_GROUPS).map((g) => h('option', { key: g, value: g }, tEnum('typeGroup', g))))),
      h('label', { className: 'filter' },
        h('span', { className: 'filter-label' }, t('project.type')),
        h('select', { className: 'input', value: type, onChange: (e) => go({ type: e.target.value, page: 0 }) },
          h('option', { value: '' }, t('common.all')),
          types.map((ty) => h('option', { key: ty, value: ty }, tEnum('type', ty))))),
      h('div', { className: 'filter filter-buttons' },
        h('button', { type: 'submit', className: 'btn' }, t('common.search')),
        (q || status || typeGroup || type || agreementId || donor || recipient) ? h('a', { className: 'btn btn-quiet', href: href('/projects') }, t('common.clear')) : null)),
    (donor || recipient) ? h('div', { className: 'chips active-filters' },
      donor ? h('button', { type: 'button', className: 'chip is-on', onClick: () => go({ donor: '', page: 0 }), title: t('common.clear') },
        t('project.donor'), '：', unionLabel(donor), ' ×') : null,
      recipient ? h('button', { type: 'button', className: 'chip is-on', onClick: () => go({ recipient: '', page: 0 }), title: t('common.clear') },
        t('project.recipient'), '：', unionLabel(recipient), ' ×') : null) : null,
    list.error ? h(ErrorNotice, { error: list.error, missing: t('projects.missing'), onRetry: list.error.status === 404 ? null : list.reload }) : null,
    list.loading && !list.data ? h(Loading) : null,
    list.data && items.length === 0 ? h('div', { className: 'card empty' }, h('p', null, t('projects.empty'))) : null,
    items.length > 0 ? h('div', { className: 'card card-flush' + (list.loading ? ' is-stale' : ''), 'aria-busy': list.loading ? 'true' : 'false' },
      h('div', { className: 'table-wrap' },
        h('table', { className: 'table' },
          h('thead', null, h('tr', null,
            h('th', null, t('project.title')),
            h('th', null, t('project.type')),
            h('th', null, t('project.donor')),
            h('th', null, t('project.recipient')),
            h('th', { className: 'num' }, t('project.budget')),
            h('th', null, t('project.status')))),
          h('tbody', null, items.map((p) => h('tr', { key: p.id },
            h('td', null,
              h('a', { className: 'strong-link', href: href('/projects/' + p.id) }, p.title),
              h('div', { className: 'cell-note mono' }, p.code)),
            h('td', null, tEnum('type', p.type)),
            h('td', null, unionName(p.donorName, p.donorUnion)),
            h('td', null, unionName(p.recipientName, p.recipientUnion)),
            h('td', { className: 'num nowrap' }, money(p.budget)),
            h('td', null, h(StatusBadge, { status: p.status }))))))),
      h(Pager, { page, size: PAGE_SIZE, total: list.data.total, onPage: (pg) => go({ page: pg }) })) : null);
}
