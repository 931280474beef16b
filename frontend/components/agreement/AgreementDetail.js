import { h } from '../../html.js';
import * as api from '../../api.js';
import { t, unionName } from '../../i18n/index.js';
import { money } from '../../format.js';
import { useLoad } from '../../hooks.js';
import { href } from '../../router.js';
import { useSession, isDonorProposer, isAuditorOnly } from '../../session.js';
import { FINAL_AGREEMENT_STATUSES } from '../../catalog.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Section } from '../common/Section.js';
import { StageBar } from '../common/StageBar.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { AgreementFacts } from './AgreementFacts.js';
import { DocumentList } from '../documents/DocumentList.js';
import { DocumentUpload } from '../documents/DocumentUpload.js';
import { SignatureList } from './SignatureList.js';
import { HistoryList } from '../audit/HistoryList.js';
import { NotFound } from '../common/NotFound.js';
import { WithdrawButton } from '../common/WithdrawButton.js';
import { CurrentTaskList } from '../tasks/CurrentTaskList.js';

/** One agreement in full: stage, fields, money, documents, signatures, projects, open tasks, history. */
export function AgreementDetail({ id }) {
  const me = useSession();
  const loaded = useLoad(() => api.agreement(id), [id]);
  const code = loaded.data && loaded.data.code;
  const mine = useLoad(() => (code ? api.tasks({ businessKey: code, size: 50 }) : Promise.resolve(null)), [code]);
  if (loaded.loading && !loaded.data) {
    return h(Loading);
  }
  if (loaded.error) {
    return h('div', { className: 'page' },
      h('p', { className: 'crumbs' }, h('a', { href: href('/agreements') }, '← ', t('agreements.back'))),
      loaded.error.status === 404 ? h(NotFound, { text: t('notFound.agreement') }) : h(ErrorNotice, { error: loaded.error }));
  }
  const a = loaded.data;
  const projects = a.projects || [];
  const myTaskIds = new Set(mine.data ? mine.data.items.map((x) => x.id) : []);
  const canPropose = isDonorProposer(me) && a.status === 'ACTIVE' && me.union.code === a.donorUnion;
  const canWithdraw = isDonorProposer(me) && me.union.code === a.donorUnion && a.status === 'UNDER_REVIEW'
    && (a.currentTasks || []).some((task) => task.taskKey === 'reviewAgreement');
  const closed = FINAL_AGREEMENT_STATUSES.includes(a.status);

  return h('div', { className: 'page' },
    h('p', { className: 'crumbs' }, h('a', { href: href('/agreements') }, '← ', t('agreements.back'))),
    h('div', { className: 'page-head' },
      h('div', null,
        h('h1', null, a.title),
        h('div', { className: 'page-sub' }, h('span', { className: 'mono' }, a.code), ' · ',
          unionName(a.donorName, a.donorUnion), ' → ', unionName(a.recipientName, a.recipientUnion))),
      h('div', { className: 'page-head-side' },
        h(StatusBadge, { status: a.status }),
        h('div', { className: 'button-row' },
          canWithdraw ? h(WithdrawButton, { kind: 'agreement', id: a.id, onWithdrawn: loaded.reload }) : null,
          h('a', { className: 'btn btn-small', href: href('/audit', { agreement: a.id }) }, t('explorer.title'))))),
    h('div', { className: 'card' }, h(StageBar, { status: a.status, kind: 'agreement' })),
    h('div', { className: 'two-col' },
      h('div', { className: 'col' },
        h(Section, { title: t('agreement.details') }, h(AgreementFacts, { agreement: a })),
        h(Section, {
          title: t('agreement.projects'),
          actions: canPropose ? h('a', { className: 'btn btn-small btn-primary', href: href('/projects/new', { agreementId: a.id }) }, '+ ', t('projects.new')) : null,
        },
        h('div', { className: 'money-row' },
          h('div', { className: 'money-box' }, h('div', { className: 'money-label' }, t('agreement.intendedAmount')), h('div', { className: 'money-value' }, money(a.intendedAmount))),
          h('div', { className: 'money-box' }, h('div', { className: 'money-label' }, t('agreement.allocated')), h('div', { className: 'money-value' }, money(a.allocatedAmount))),
          h('div', { className: 'money-box' }, h('div', { className: 'money-label' }, t('agreement.remaining')), h('div', { className: 'money-value' }, money(a.remainingAmount)))),
        projects.length === 0 ? h('p', { className: 'muted' }, t('agreement.noProjects'))
          : h('ul', { className: 'plain-list' }, projects.map((p) => h('li', { key: p.id },
            h('a', { href: href('/projects/' + p.id) }, p.title || p.code), ' ',
            h('span', { className: 'mono muted' }, p.code), ' ',
            p.budget !== undefined ? h('span', { className: 'num' }, money(p.budget)) : null, ' ',
            h(StatusBadge, { status: p.status }))))),
        h(Section, { title: t('history.title') }, h(HistoryList, { history: a.history }))),
      h('div', { className: 'col' },
        h(Section, { title: t('agreement.currentTasks') },
          h(CurrentTaskList, { tasks: a.currentTasks, mine: myTaskIds, ready: !!mine.data })),
        h(Section, { title: t('signatures.title') }, h(SignatureList, { signatures: a.signatures, status: a.status })),
        h(Section, { title: t('documents.title') },
          h(DocumentList, { documents: a.documents }),
          closed ? h('p', { className: 'muted documents-closed' }, t('documents.closed'))
            : isAuditorOnly(me) ? null
              : h('div', { className: 'upload-box' },
                h('div', { className: 'field-label' }, t('documents.add')),
                h(DocumentUpload, { subject: { agreementId: a.id }, onUploaded: () => loaded.reload() }))))));
}
