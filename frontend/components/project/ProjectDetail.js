import { h, Fragment } from '../../html.js';
import { t } from '../../i18n/index.js';
import { href } from '../../router.js';
import { FINAL_PROJECT_STATUSES } from '../../catalog.js';
import { DetailPage } from '../common/DetailPage.js';
import { Section } from '../common/Section.js';
import { ProjectFacts } from './ProjectFacts.js';
import { TrancheTable } from '../funds/TrancheTable.js';
import { ProjectPerformance } from '../plans/ProjectPerformance.js';
import { ProjectChanges } from '../plans/ProjectChanges.js';
import { ProjectProgress } from '../plans/ProgressReports.js';

/** One project: stage, fields, tranches, open tasks, documents, history, and the way to its money trace. */
export function ProjectDetail({ id }) {
  return h(DetailPage, {
    kind: 'project', id, closedStatuses: FINAL_PROJECT_STATUSES, withdrawAt: 'approveProposalDonor',
    link: (p) => h('a', { className: 'btn btn-small', href: href('/projects/' + p.id + '/trace') }, t('trace.open')),
    main: (p, me) => h(Fragment, null,
      h(Section, { title: t('project.details') }, h(ProjectFacts, { project: p })),
      h(Section, { title: t('project.tranches') }, h(TrancheTable, { tranches: p.tranches })),
      h(ProjectPerformance, { project: p }),
      h(ProjectChanges, { project: p, me }),
      h(ProjectProgress, { project: p })),
  });
}
