import { h } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { dateTime } from '../../format.js';
import { useLoad } from '../../hooks.js';
import { Section } from '../common/Section.js';

function Report({ report }) {
  return h('div', { className: 'progress-report', 'data-testid': 'progress-report' },
    h('p', { className: 'muted' }, dateTime(report.filedAt), ' · ', report.filedBy,
      report.late ? h('span', { className: 'badge badge-bad' }, ' ', t('progress.late')) : null),
    h('p', null, report.progress),
    report.issues ? h('p', { className: 'muted' }, t('progress.issues'), ': ', report.issues) : null);
}

/** Every quarterly report of a project, newest first (shown once there is one). */
export function ProjectProgress({ project }) {
  const loaded = useLoad(() => api.progressReports(project.id), [project.id, project.status]);
  const items = (loaded.data && loaded.data.items) || [];
  return items.length ? h(Section, { title: t('progress.title') }, items.map((r) => h(Report, { key: r.id, report: r }))) : null;
}

/** The latest quarterly report beside a tranche request, so that the next tranche is asked for in its light. */
export function LatestProgress({ task }) {
  const wanted = task && task.taskKey === 'requestTranche' && task.projectId;
  const loaded = useLoad(() => (wanted ? api.progressReports(task.projectId) : Promise.resolve(null)), [wanted]);
  if (!wanted) {
    return null;
  }
  const latest = loaded.data && loaded.data.items[0];
  return h('div', { className: 'field', 'data-field': 'latestProgress' },
    h('div', { className: 'field-label' }, t('progress.latest')),
    latest ? h(Report, { report: latest }) : h('p', { className: 'muted' }, t('progress.none')));
}
