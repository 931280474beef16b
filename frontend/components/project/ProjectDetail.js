import { h } from '../../html.js';
import * as api from '../../api.js';
import { t, unionName } from '../../i18n/index.js';
import { useLoad } from '../../hooks.js';
import { href } from '../../router.js';
import { useSession, isDonorProposer, isAuditorOnly } from '../../session.js';
import { FINAL_PROJECT_STATUSES } from '../../catalog.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Section } from '../common/Section.js';
import { StageBar } from '../common/StageBar.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { ProjectFacts } from './ProjectFacts.js';
import { TrancheTable } from '../funds/TrancheTable.js';
import { DocumentList } from '../documents/DocumentList.js';
import { DocumentUpload } from '../documents/DocumentUpload.js';
import { HistoryList } from '../audit/HistoryList.js';
import { NotFound } from '../common/NotFound.js';
import { WithdrawButton } from '../common/WithdrawButton.js';
import { CurrentTaskList } from '../tasks/CurrentTaskList.js';

/** One project: stage, fields, tranches, open tasks, documents, history, and the way to its money trace. */
export function ProjectDetail({ id }) {
  const me = useSession();
  const loaded = useLoad(() => api.project(id), [id]);
  const code = loaded.data && loaded.data.code;
  const mine = useLoad(() => (code ? api.tasks({ businessKey: code, size: 50 }) : Promise.resolve(null)), [code]);
  const back = h('p', { className: 'crumbs' }, h('a', { href: href('/projects') }, '← ', t('projects.back')));
  if (loaded.loading && !loaded.data) {
    return h(Loading);
  }
  if (loaded.error) {
    return h('div', { className: 'page' }, back,
      loaded.error.status === 404 ? h(NotFound, { text: t('notFound.project') }) : h(ErrorNotice, { error: loaded.error }));
  }
  const p = loaded.data;
  const tasks = p.currentTasks || p.tasks || [];
  const myTaskIds = new Set(mine.data ? mine.data.items.map((x) => x.id) : []);
  const canWithdraw = isDonorProposer(me) && me.union.code === p.donorUnion && p.status === 'UNDER_REVIEW'
    && tasks.some((task) => task.taskKey === 'approveProposalDonor');
  const closed = FINAL_PROJECT_STATUSES.includes(p.status);

  return h('div', { className: 'page' },
    back,
    h('div', { className: 'page-head' },
      h('div', null,
        h('h1', null, p.title),
        h('div', { className: 'page-sub' }, h('span', { className: 'mono' }, p.code), ' · ',
          unionName(p.donorName, p.donorUnion), ' → ', unionName(p.recipientName, p.recipientUnion))),
      h('div', { className: 'page-head-side' },
        h(StatusBadge, { status: p.status }),
        h('div', { className: 'button-row' },
          canWithdraw ? h(WithdrawButton, { kind: 'project', id: p.id, onWithdrawn: loaded.reload }) : null,
          h('a', { className: 'btn btn-small', href: href('/projects/' + p.id + '/trace') }, t('trace.open'))))),
    h('div', { className: 'card' }, h(StageBar, { status: p.status, kind: 'project' })),
    h('div', { className: 'two-col' },
      h('div', { className: 'col' },
        h(Section, { title: t('project.details') }, h(ProjectFacts, { project: p })),
        h(Section, { title: t('project.tranches') }, h(TrancheTable, { tranches: p.tranches })),
        h(Section, { title: t('history.title') }, h(HistoryList, { history: p.history }))),
      h('div', { className: 'col' },
        h(Section, { title: t('agreement.currentTasks') },
          h(CurrentTaskList, { tasks, mine: myTaskIds, ready: !!mine.data })),
        h(Section, { title: t('documents.title') },
          h(DocumentList, { documents: p.documents }),
          closed ? h('p', { className: 'muted documents-closed' }, t('documents.closed'))
            : isAuditorOnly(me) ? null
              : h('div', { className: 'upload-box' },
                h('div', { className: 'field-label' }, t('documents.add')),
                h(DocumentUpload, { subject: { projectId: p.id }, onUploaded: () => loaded.reload() }))))));
}
