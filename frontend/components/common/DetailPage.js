import { h } from '../../html.js';
import * as api from '../../api.js';
import { t, unionName } from '../../i18n/index.js';
import { useLoad } from '../../hooks.js';
import { href } from '../../router.js';
import { useSession, isDonorProposer, isAuditorOnly } from '../../session.js';
import { Loading } from './Loading.js';
import { ErrorNotice } from './ErrorNotice.js';
import { NotFound } from './NotFound.js';
import { Section } from './Section.js';
import { StageBar } from './StageBar.js';
import { StatusBadge } from './StatusBadge.js';
import { WithdrawButton } from './WithdrawButton.js';
import { CurrentTaskList } from '../tasks/CurrentTaskList.js';
import { HistoryList } from '../audit/HistoryList.js';
import { DocumentList } from '../documents/DocumentList.js';
import { DocumentUpload } from '../documents/DocumentUpload.js';
import { CaseActions } from '../desk/CaseActions.js';

/**
 * The page of one agreement or project (`kind`): its stage, its own sections (`main(record, me)` on the left,
 * `side(record)` on the right), and what both share: open tasks, documents with their upload, history, and the
 * donor proposer's withdrawal while `withdrawAt` is the open task.
 */
export function DetailPage({ kind, id, closedStatuses, withdrawAt, link, main, side }) {
  const me = useSession();
  const loaded = useLoad(() => (kind === 'project' ? api.project(id) : api.agreement(id)), [id]);
  const code = loaded.data && loaded.data.code;
  const mine = useLoad(() => (code ? api.tasks({ businessKey: code, size: 50 }) : Promise.resolve(null)), [code]);
  const crumbs = h('p', { className: 'crumbs' }, h('a', { href: href('/' + kind + 's') }, '← ', t(kind + 's.back')));
  if (loaded.loading && !loaded.data) {
    return h(Loading);
  }
  if (loaded.error) {
    return h('div', { className: 'page' }, crumbs,
      loaded.error.status === 404 ? h(NotFound, { text: t('notFound.' + kind) }) : h(ErrorNotice, { error: loaded.error }));
  }
  const record = loaded.data;
  const tasks = record.currentTasks || record.tasks || [];
  const myTaskIds = new Set(mine.data ? mine.data.items.map((x) => x.id) : []);
  const canWithdraw = isDonorProposer(me) && me.union.code === record.donorUnion && record.status === 'UNDER_REVIEW'
    && tasks.some((task) => task.taskKey === withdrawAt);

  return h('div', { className: 'page' },
    crumbs,
    h('div', { className: 'page-head' },
      h('div', null,
        h('h1', null, record.title),
        h('div', { className: 'page-sub' }, h('span', { className: 'mono' }, record.code), ' · ',
          unionName(record.donorName, record.donorUnion), ' → ', unionName(record.recipientName, record.recipientUnion))),
      h('div', { className: 'page-head-side' },
        h(StatusBadge, { status: record.status }),
        h('div', { className: 'button-row' },
          canWithdraw ? h(WithdrawButton, { kind, id: record.id, onWithdrawn: loaded.reload }) : null,
          link(record), h(CaseActions, { kind, record, me })))),
    h('div', { className: 'card' }, h(StageBar, { status: record.status, kind })),
    h('div', { className: 'two-col' },
      h('div', { className: 'col' },
        main(record, me),
        h(Section, { title: t('history.title') }, h(HistoryList, { history: record.history }))),
      h('div', { className: 'col' },
        h(Section, { title: t('agreement.currentTasks') },
          h(CurrentTaskList, { tasks, mine: myTaskIds, ready: !!mine.data })),
        side ? side(record) : null,
        h(Section, { title: t('documents.title') },
          h(DocumentList, { documents: record.documents }),
          closedStatuses.includes(record.status) ? h('p', { className: 'muted documents-closed' }, t('documents.closed'))
            : isAuditorOnly(me) ? null
              : h('div', { className: 'upload-box' },
                h('div', { className: 'field-label' }, t('documents.add')),
                h(DocumentUpload, { subject: { [kind + 'Id']: record.id }, onUploaded: () => loaded.reload() }))))));
}
