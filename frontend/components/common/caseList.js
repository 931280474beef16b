// The parts that the agreement and project lists share: the head's button, the title and party columns.
import { h, Fragment } from '../../html.js';
import { t, tEnum, unionName } from '../../i18n/index.js';
import { href } from '../../router.js';
import { isDonorProposer } from '../../session.js';
import * as api from '../../api.js';
import { useListing } from './ListPage.js';
import { ExportLink } from '../plans/ExportLink.js';

/** The first cell of an agreement's or a project's row: its title, linked, over its code. */
export function titleCell(base) {
  return (item) => [
    h('a', { key: 'title', className: 'strong-link', href: href(base + item.id) }, item.title),
    h('div', { key: 'code', className: 'cell-note mono' }, item.code)];
}

/** The donor and recipient columns of an agreement's or a project's row ('agreement' or 'project' labels). */
export function partyColumns(kind) {
  return [
    { head: t(kind + '.donor'), cell: (item) => unionName(item.donorName, item.donorUnion) },
    { head: t(kind + '.recipient'), cell: (item) => unionName(item.recipientName, item.recipientUnion) },
  ];
}

/** The head's button for a new agreement or project ('agreement' or 'project'), for donor proposers only. */
export function newButton(me, kind) {
  return isDonorProposer(me) ? h('a', { className: 'btn btn-primary', href: href('/' + kind + 's/new') }, '+ ', t(kind + 's.new')) : null;
}

/** The listing of agreements or projects (`kind`), filtered by the query's `names`. */
export function useCaseListing(kind, query, names) {
  const load = kind === 'project' ? api.projects : api.agreements;
  return useListing('/' + kind + 's', query, names, (params, paging) => load({ ...params, ...paging }));
}

/** What the agreement and project lists show alike: title, the new button, the search and status filters, empty text. */
export function caseListProps(kind, me, statuses, statusLabel) {
  return {
    title: t(kind + 's.title'),
    aside: h(Fragment, null, h(ExportLink, { kind }), ' ', newButton(me, kind)),
    filters: [
      { name: 'q', search: true, label: t(kind + 's.search'), placeholder: t(kind + 's.searchPlaceholder') },
      { name: 'status', label: statusLabel, options: statuses.map((s) => ({ value: s, label: tEnum('status', s) })) },
    ],
    empty: t(kind + 's.empty'),
    row: (item) => ({ key: item.id }),
  };
}
