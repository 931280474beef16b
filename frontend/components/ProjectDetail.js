import { h } from '../html.js';
import * as api from '../api.js';
import { t, unionName } from '../i18n/index.js';
import { dateTime } from '../format.js';
import { useLoad } from '../hooks.js';
import { href } from '../router.js';
import { Loading } from './Loading.js';
import { ErrorNotice } from './ErrorNotice.js';
import { Section } from './Section.js';
import { StageBar } from './StageBar.js';
import { StatusBadge } from './StatusBadge.js';
import { ProjectFacts } from './ProjectFacts.js';
import { TrancheTable } from './TrancheTable.js';
import { DocumentList } from './DocumentList.js';
import { DocumentUpload } from './DocumentUpload.js';
import { HistoryList } from './HistoryList.js';
import { taskName } from './TaskName.js';

/** One project: stage, fields, tranches, open tasks, documents, history, and the way to its money trace. */
export function ProjectDetail({ id }) {
  const loaded = useLoad(() => api.project(id), [id]);
  const code = loaded.data && loaded.data.code;
  const mine = useLoad(() => (code ? api.tasks({ businessKey: code, size: 50 }) : Promise.resolve(null)), [code]);
  const back = h('p', { className: 'crumbs' }, h('a', { href: href('/projects') }, '← ', t('projects.back')));
  if (loaded.loading && !loaded.data) {
    return h(Loading);
  }
  if (loaded.error) {
    return h('div', { className: 'page' }, back, h(ErrorNotice, { error: loaded.error }));
  }
  const p = loaded.data;
  const tasks = p.currentTasks || p.tasks || [];
  const myTaskIds = new Set(mine.data ? mine.data.items.map((x) => x.id) : []);

  return h('div', { className: 'page' },
    back,
    h('div', { className: 'page-head' },
      h('div', null,
        h('h1', null, p.title),
        h('div', { className: 'page-sub' }, h('span', { className: 'mono' }, p.code), ' · ',
          unionName(p.donorName, p.donorUnion), ' → ', unionName(p.recipientName, p.recipientUnion))),
      h('div', { className: 'page-head-side' },
        h(StatusBadge, { status: p.status }),
        h('a', { className: 'btn btn-small', href: href('/projects/' + p.id + '/trace') }, t('trace.open')))),
    h('div', { className: 'card' }, h(StageBar, { status: p.status, kind: 'project' })),
    h('div', { className: 'two-col' },
      h('div', { className: 'col' },
        h(Section, { title: t('project.details') }, h(ProjectFacts, { project: p })),
        h(Section, { title: t('project.tranches') }, h(TrancheTable, { tranches: p.tranches })),
        h(Section, { title: t('history.title') }, h(HistoryList, { history: p.history }))),
      h('div', { className: 'col' },
        h(Section, { title: t('agreement.currentTasks') },
          tasks.length === 0 ? h('p', { className: 'muted' }, t('agreement.noTasks'))
            : h('ul', { className: 'plain-list' }, tasks.map((task) => h('li', { key: task.id },
              myTaskIds.has(task.id) ? h('a', { href: href('/tasks/' + task.id) }, taskName(task.taskKey, task.name))
                : h('span', null, taskName(task.taskKey, task.name)),
              task.created ? h('span', { className: 'muted' }, ' · ', t('task.created', { at: dateTime(task.created) })) : null)))),
        h(Section, { title: t('documents.title') },
          h(DocumentList, { documents: p.documents }),
          h('div', { className: 'upload-box' },
            h('div', { className: 'field-label' }, t('documents.add')),
            h(DocumentUpload, { subject: { projectId: p.id }, onUploaded: () => loaded.reload() }))))));
}
