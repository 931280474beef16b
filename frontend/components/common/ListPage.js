import { h, useState, useEffect } from '../../html.js';
import { t } from '../../i18n/index.js';
import { useLoad } from '../../hooks.js';
import { href, navigate } from '../../router.js';
import { Pager } from './Pager.js';
import { DataTable } from './DataTable.js';
import { Loading } from './Loading.js';
import { ErrorNotice } from './ErrorNotice.js';

const PAGE_SIZE = 20;

/**
 * A list page's state, kept in the address (#/path?name=…&page=…): the filter values, the page, the loaded page of
 * items ({data, error, loading, reload}) and `go`, which changes filters and starts again at page 0 unless told.
 */
export function useListing(path, query, names, load) {
  const params = Object.fromEntries(names.map((name) => [name, query[name] || '']));
  const page = Number(query.page || 0);
  const list = useLoad(() => load(params, { page, size: PAGE_SIZE }), names.map((name) => params[name]).concat(page));
  const go = (changes) => navigate(path, { ...params, ...changes, page: changes.page || undefined });
  return { path, params, page, list, go, filtered: names.some((name) => params[name]) };
}

/**
 * One filter of the bar: a search box ({search: true}) or a choice among `options` ({value, label}), with 全部 first
 * unless the filter names a `fallback`, the option that stands for an empty value.
 */
function Filter({ filter, listing, text, setText }) {
  const label = h('span', { className: 'filter-label' }, filter.label);
  if (filter.search) {
    return h('label', { className: 'filter filter-grow' }, label,
      h('input', {
        className: 'input', type: 'search', name: filter.name, value: text, placeholder: filter.placeholder,
        onChange: (e) => setText(e.target.value),
      }));
  }
  const reset = Object.fromEntries((filter.resets || []).map((name) => [name, '']));
  return h('label', { className: 'filter' }, label,
    h('select', {
      className: 'input', name: filter.name, value: listing.params[filter.name] || filter.fallback || '',
      onChange: (e) => listing.go({ [filter.name]: e.target.value, ...reset, page: 0 }),
    },
    filter.fallback ? null : h('option', { value: '' }, t('common.all')),
    filter.options.map((o) => h('option', { key: o.value, value: o.value }, o.label))));
}

/**
 * A page of items with its filter bar, states (loading, failed, empty) and pager: agreements, projects, people and
 * the inbox. `columns` are {head, className, cellClass, cell(item)}; `row(item)` gives each row's key and attributes.
 */
export function ListPage({ listing, title, lead, aside, filters, before, missing, empty, tableClass, columns, row, children }) {
  const { list, params, page, go } = listing;
  const searchFilter = filters.find((f) => f.search);
  const searched = searchFilter ? params[searchFilter.name] : '';
  const [text, setText] = useState(searched);
  useEffect(() => setText(searched), [searched]);
  const items = list.data ? list.data.items || [] : [];

  return h('div', { className: 'page' },
    h('div', { className: 'page-head' },
      lead ? h('div', null, h('h1', null, title), h('p', { className: 'page-sub' }, lead)) : h('h1', null, title),
      aside || null),
    h('form', {
      className: 'filters', role: 'search',
      onSubmit: (e) => {
        e.preventDefault();
        go(searchFilter ? { [searchFilter.name]: text.trim(), page: 0 } : { page: 0 });
      },
    },
    filters.map((filter) => h(Filter, { key: filter.name, filter, listing, text, setText })),
    h('div', { className: 'filter filter-buttons' },
      h('button', { type: 'submit', className: 'btn' }, t('common.search')),
      listing.filtered ? h('a', { className: 'btn btn-quiet', href: href(listing.path) }, t('common.clear')) : null)),
    before || null,
    list.error ? h(ErrorNotice, { error: list.error, missing, onRetry: missing && list.error.status === 404 ? null : list.reload }) : null,
    list.loading && !list.data ? h(Loading) : null,
    list.data && items.length === 0 ? h('div', { className: 'card empty' }, h('p', null, empty)) : null,
    items.length > 0 ? h('div', { className: 'card card-flush' + (list.loading ? ' is-stale' : ''), 'aria-busy': list.loading ? 'true' : 'false' },
      h(DataTable, { className: tableClass || 'table', columns, items, row }),
      h(Pager, { page, size: PAGE_SIZE, total: list.data.total, onPage: (n) => go({ page: n }) })) : null,
    children);
}
