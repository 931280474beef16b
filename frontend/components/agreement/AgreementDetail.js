import { h, Fragment } from '../../html.js';
import { t } from '../../i18n/index.js';
import { money } from '../../format.js';
import { href } from '../../router.js';
import { isDonorProposer } from '../../session.js';
import { FINAL_AGREEMENT_STATUSES } from '../../catalog.js';
import { DetailPage } from '../common/DetailPage.js';
import { Section } from '../common/Section.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { AgreementFacts } from './AgreementFacts.js';
import { AgreementMoney } from './AgreementMoney.js';
import { SignatureList } from './SignatureList.js';
import { FundingPlan } from '../plans/FundingPlan.js';

/** One agreement in full: stage, fields, money, documents, signatures, projects, open tasks, history. */
export function AgreementDetail({ id }) {
  return h(DetailPage, {
    kind: 'agreement', id, closedStatuses: FINAL_AGREEMENT_STATUSES, withdrawAt: 'reviewAgreement',
    link: (a) => h('a', { className: 'btn btn-small', href: href('/audit', { agreement: a.id }) }, t('explorer.title')),
    main: (a, me) => h(Fragment, null,
      h(Section, { title: t('agreement.details') }, h(AgreementFacts, { agreement: a })),
      h(FundingPlan, { agreement: a, me }),
      h(Section, {
        title: t('agreement.projects'),
        actions: isDonorProposer(me) && a.status === 'ACTIVE' && me.union.code === a.donorUnion
          ? h('a', { className: 'btn btn-small btn-primary', href: href('/projects/new', { agreementId: a.id }) }, '+ ', t('projects.new')) : null,
      },
      h(AgreementMoney, { agreement: a }),
      (a.projects || []).length === 0 ? h('p', { className: 'muted' }, t('agreement.noProjects'))
        : h('ul', { className: 'plain-list' }, a.projects.map((p) => h('li', { key: p.id },
          h('a', { href: href('/projects/' + p.id) }, p.title || p.code), ' ',
          h('span', { className: 'mono muted' }, p.code), ' ',
          p.budget !== undefined ? h('span', { className: 'num' }, money(p.budget)) : null, ' ',
          h(StatusBadge, { status: p.status })))))),
    side: (a) => h(Section, { title: t('signatures.title') }, h(SignatureList, { signatures: a.signatures, status: a.status })),
  });
}
