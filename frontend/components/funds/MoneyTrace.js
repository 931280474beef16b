import { h } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { money } from '../../format.js';
import { useLoad } from '../../hooks.js';
import { href } from '../../router.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { NotFound } from '../common/NotFound.js';
import { Section } from '../common/Section.js';
import { Figure } from '../common/Figure.js';
import { DocumentList } from '../documents/DocumentList.js';
import { taskName } from '../tasks/TaskName.js';
import { EntryTable, entryColumns } from './EntryTable.js';

const FIGURES = ['budget', 'allocated', 'transferred', 'received', 'spent', 'refunded', 'balance'];

/** Where one project's money went: the figures, a bar per step, and every ledger entry with its hash. */
export function MoneyTrace({ id }) {
  const trace = useLoad(() => api.projectTrace(id), [id]);
  const project = useLoad(() => api.project(id).catch(() => null), [id]);
  const back = h('p', { className: 'crumbs' }, h('a', { href: href('/projects/' + id) }, '← ', t('trace.back')));
  if (trace.loading && !trace.data) {
    return h(Loading);
  }
  if (trace.error) {
    return h('div', { className: 'page' }, back,
      trace.error.status === 404 ? h(NotFound, { text: t('notFound.project') })
        : h(ErrorNotice, { error: trace.error, onRetry: trace.reload }));
  }
  const d = trace.data;
  const top = Math.max(...FIGURES.map((f) => Number(d[f]) || 0), 1);
  const entries = d.entries || [];
  const entry = entryColumns();
  const p = project.data;

  return h('div', { className: 'page' },
    back,
    h('div', { className: 'page-head' },
      h('div', null,
        h('h1', null, t('trace.title')),
        p ? h('div', { className: 'page-sub' }, p.title, ' · ', h('span', { className: 'mono' }, p.code)) : null),
      p ? h('a', { className: 'btn btn-small', href: href('/audit', { agreement: p.agreementId, project: p.id }) }, t('trace.inExplorer')) : null),
    h('div', { className: 'figures' }, FIGURES.map((f) => h(Figure, { key: f, name: f, label: t('trace.' + f), value: money(d[f] || 0) }))),
    h(Section, { title: t('trace.flow') },
      h('div', { className: 'bars' }, FIGURES.filter((f) => f !== 'balance').map((f) => h('div', { key: f, className: 'bar-row' },
        h('div', { className: 'bar-label' }, t('trace.' + f)),
        h('div', { className: 'bar-track' },
          h('div', { className: 'bar bar-' + f, style: { width: Math.round(((Number(d[f]) || 0) / top) * 100) + '%' } })),
        h('div', { className: 'bar-value num' }, money(d[f] || 0)))))),
    h(Section, { title: t('trace.entries') },
      h(EntryTable, {
        entries,
        columns: [entry.seq, entry.type, entry.amount, entry.bankReference,
          { head: t('trace.actor'), cell: (e) => e.actor },
          { head: t('trace.step'), cell: (e) => (e.taskKey ? taskName(e.taskKey) : '') },
          entry.at,
          { head: t('trace.hash'), cellClass: 'mono hash', cell: (e) => h('span', { title: e.hash }, e.hash ? e.hash.substring(0, 12) + '…' : '') }],
      })),
    h(Section, { title: t('documents.title') }, h(DocumentList, { documents: d.documents })));
}
