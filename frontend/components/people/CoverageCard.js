import { h } from '../../html.js';
import * as api from '../../api.js';
import { t, tEnum, unionName } from '../../i18n/index.js';
import { dateTime } from '../../format.js';
import { useLoad, useUnions } from '../../hooks.js';
import { href } from '../../router.js';
import { groupName } from '../../groups.js';
import { taskName } from '../tasks/TaskName.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';

/** Unions and roles nobody active holds, and the open tasks that therefore reach nobody. */
export function CoverageCard() {
  const coverage = useLoad(() => api.coverage(), []);
  const unions = useUnions();
  const data = coverage.data;
  const byUnion = [];
  if (data) {
    for (const gap of data.gaps) {
      const last = byUnion[byUnion.length - 1];
      if (last && last.union === gap.union) {
        last.roles.push(gap.role);
      } else {
        byUnion.push({ union: gap.union, names: { nameZh: gap.unionNameZh, nameEn: gap.unionNameEn }, roles: [gap.role] });
      }
    }
  }
  return h('section', { className: 'card coverage', 'aria-labelledby': 'coverage-title' },
    h('div', { className: 'card-head' },
      h('h2', { id: 'coverage-title' }, t('coverage.title')),
      h('button', { type: 'button', className: 'btn btn-small btn-quiet', onClick: coverage.reload }, t('coverage.refresh'))),
    coverage.loading && !data ? h(Loading) : null,
    h(ErrorNotice, { error: coverage.error, onRetry: coverage.reload }),
    data ? h('div', { className: 'coverage-body' },
      h('h3', null, t('coverage.tasksTitle', { count: data.tasks.length })),
      data.tasks.length === 0
        ? h('p', { className: 'muted coverage-tasks-none' }, t('coverage.noTasks'))
        : h('div', { className: 'table-wrap' }, h('table', { className: 'table table-compact coverage-tasks' },
          h('thead', null, h('tr', null,
            h('th', null, t('coverage.task')), h('th', null, t('inbox.colBusinessKey')), h('th', null, t('coverage.waitsFor')),
            h('th', null, t('inbox.colCreated')), h('th', null, t('inbox.colDue')))),
          h('tbody', null, data.tasks.map((task) => h('tr', { key: task.id, 'data-task': task.id },
            h('td', null, taskName(task.taskKey, task.name), h('div', { className: 'cell-note mono' }, task.id)),
            h('td', { className: 'mono' }, task.businessKey),
            h('td', null, task.candidateGroups.map((g) => h('div', { key: g }, groupName(g, unions)))),
            h('td', { className: 'nowrap' }, dateTime(task.created)),
            h('td', { className: 'nowrap' }, task.due ? dateTime(task.due) : '—')))))),
      h('h3', null, t('coverage.gapsTitle', { count: data.gaps.length })),
      data.gaps.length === 0
        ? h('p', { className: 'muted' }, t('coverage.noGaps'))
        : h('ul', { className: 'plain-list coverage-gaps' }, byUnion.map((g) => h('li', { key: g.union, 'data-union': g.union },
          h('a', { className: 'strong-link', href: href('/people', { union: g.union }) }, g.union + ' · ' + unionName(g.names, g.union)),
          ' ', g.roles.map((r) => h('span', { className: 'role', key: r }, tEnum('role', r))))))) : null);
}
