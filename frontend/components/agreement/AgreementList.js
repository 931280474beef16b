import { h } from '../../html.js';
import { t, tEnum } from '../../i18n/index.js';
import { date, money } from '../../format.js';
import { useSession } from '../../session.js';
import { AGREEMENT_STATUSES } from '../../catalog.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { ListPage } from '../common/ListPage.js';
import { titleCell, partyColumns, useCaseListing, caseListProps } from '../common/caseList.js';

/** The agreements the person may see, with a title search, a status filter and paging. */
export function AgreementList({ query }) {
  const me = useSession();
  const listing = useCaseListing('agreement', query, ['q', 'status']);
  return h(ListPage, {
    listing,
    ...caseListProps('agreement', me, AGREEMENT_STATUSES, t('agreements.status')),
    columns: [
      { head: t('agreement.title'), cell: titleCell('/agreements/') },
      ...partyColumns('agreement'),
      { head: t('agreement.intendedAmount'), className: 'num', cellClass: 'num nowrap', cell: (a) => money(a.intendedAmount) },
      { head: t('agreement.period'), cellClass: 'nowrap', cell: (a) => [date(a.startDate), h('br', { key: 'br' }), date(a.endDate)] },
      { head: t('agreement.status'), cell: (a) => h(StatusBadge, { status: a.status }) },
    ],
  });
}
