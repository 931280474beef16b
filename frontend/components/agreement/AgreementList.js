import { h } from '../../html.js';
import * as api from '../../api.js';
import { t, tEnum } from '../../i18n/index.js';
import { date, money } from '../../format.js';
import { useSession } from '../../session.js';
import { AGREEMENT_STATUSES } from '../../catalog.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { ListPage, useListing } from '../common/ListPage.js';
import { titleCell, partyColumns, newButton } from '../common/caseList.js';

/** The agreements the person may see, with a title search, a status filter and paging. */
export function AgreementList({ query }) {
  const me = useSession();
  const listing = useListing('/agreements', query, ['q', 'status'], (params, paging) => api.agreements({ ...params, ...paging }));
  return h(ListPage, {
    listing,
    title: t('agreements.title'),
    aside: newButton(me, 'agreement'),
    filters: [
      { name: 'q', search: true, label: t('agreements.search'), placeholder: t('agreements.searchPlaceholder') },
      { name: 'status', label: t('agreements.status'), options: AGREEMENT_STATUSES.map((s) => ({ value: s, label: tEnum('status', s) })) },
    ],
    empty: t('agreements.empty'),
    columns: [
      { head: t('agreement.title'), cell: titleCell('/agreements/') },
      ...partyColumns('agreement'),
      { head: t('agreement.intendedAmount'), className: 'num', cellClass: 'num nowrap', cell: (a) => money(a.intendedAmount) },
      { head: t('agreement.period'), cellClass: 'nowrap', cell: (a) => [date(a.startDate), h('br', { key: 'br' }), date(a.endDate)] },
      { head: t('agreement.status'), cell: (a) => h(StatusBadge, { status: a.status }) },
    ],
    row: (a) => ({ key: a.id }),
  });
}
