import { h } from '../../html.js';
import { t, tEnum, unionName } from '../../i18n/index.js';
import { money } from '../../format.js';
import { useUnions } from '../../hooks.js';
import { useSession } from '../../session.js';
import { PROJECT_STATUSES, TYPE_GROUPS } from '../../catalog.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { ListPage } from '../common/ListPage.js';
import { titleCell, partyColumns, useCaseListing, caseListProps } from '../common/caseList.js';

const NAMES = ['q', 'status', 'typeGroup', 'type', 'agreementId', 'donor', 'recipient'];

/** The projects the person may see, filtered by title, status, type group and type (and, from a report, by party). */
export function ProjectList({ query }) {
  const me = useSession();
  const unions = useUnions();
  const listing = useCaseListing('project', query, NAMES);
  const common = caseListProps('project', me, PROJECT_STATUSES, t('project.status'));
  const { typeGroup, donor, recipient } = listing.params;
  const types = typeGroup ? TYPE_GROUPS[typeGroup] || [] : Object.values(TYPE_GROUPS).flat();
  const chip = (name, code) => h('button', {
    type: 'button', className: 'chip is-on', onClick: () => listing.go({ [name]: '', page: 0 }), title: t('common.clear'),
  }, t('project.' + name), '：', unionName(unions && unions.byCode[code], code), ' ×');

  return h(ListPage, {
    listing,
    ...common,
    filters: [
      ...common.filters,
      {
        name: 'typeGroup', label: t('project.typeGroup'), resets: ['type'],
        options: Object.keys(TYPE_GROUPS).map((g) => ({ value: g, label: tEnum('typeGroup', g) })),
      },
      { name: 'type', label: t('project.type'), options: types.map((ty) => ({ value: ty, label: tEnum('type', ty) })) },
    ],
    before: (donor || recipient) ? h('div', { className: 'chips active-filters' },
      donor ? chip('donor', donor) : null, recipient ? chip('recipient', recipient) : null) : null,
    missing: t('projects.missing'),
    columns: [
      { head: t('project.title'), cell: titleCell('/projects/') },
      { head: t('project.type'), cell: (p) => tEnum('type', p.type) },
      ...partyColumns('project'),
      { head: t('project.budget'), className: 'num', cellClass: 'num nowrap', cell: (p) => money(p.budget) },
      { head: t('project.status'), cell: (p) => h(StatusBadge, { status: p.status }) },
    ],
  });
}
