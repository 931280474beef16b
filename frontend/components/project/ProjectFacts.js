import { h } from '../../html.js';
import { t, tEnum, unionName } from '../../i18n/index.js';
import { money } from '../../format.js';
import { href } from '../../router.js';
import { typeGroupOf } from '../../catalog.js';
import { Facts } from '../common/Facts.js';
import { StatusBadge } from '../common/StatusBadge.js';

/** The fields of a project as label / value rows (the project contract of api.md). */
export function ProjectFacts({ project: p }) {
  const group = p.typeGroup || typeGroupOf(p.type);
  return h('div', null,
    h(Facts, {
      rows: [
        [t('project.code'), h('span', { className: 'mono' }, p.code)],
        [t('project.title'), p.title],
        [t('project.status'), h(StatusBadge, { status: p.status })],
        [t('project.agreement'), p.agreementId ? h('a', { href: href('/agreements/' + p.agreementId) }, p.agreementCode || ('#' + p.agreementId)) : null],
        [t('project.donor'), unionName(p.donorName, p.donorUnion)],
        [t('project.recipient'), unionName(p.recipientName, p.recipientUnion)],
        [t('project.type'), p.type ? tEnum('type', p.type) + (group ? ' · ' + tEnum('typeGroup', group) : '') : null],
        [t('project.focusAreas'), (p.focusAreas || []).map((f) => tEnum('focus', f)).join(t('common.listSeparator'))],
        [t('project.budget'), h('span', { className: 'num' }, money(p.budget))],
        [t('project.beneficiariesPlanned'), p.beneficiariesPlanned],
        [t('project.createdBy'), p.createdBy],
      ],
    }),
    p.description ? h('div', { className: 'description' },
      h('div', { className: 'facts-label' }, t('project.description')),
      h('p', { className: 'prewrap' }, p.description)) : null);
}
