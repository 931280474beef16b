import { h, useState, useEffect } from '../../html.js';
import * as api from '../../api.js';
import { t, unionName } from '../../i18n/index.js';
import { money } from '../../format.js';
import { useLoad } from '../../hooks.js';
import { href, navigate } from '../../router.js';
import { useSession, hasRole } from '../../session.js';
import { LedgerStatus } from './LedgerStatus.js';
import { Figure } from '../common/Figure.js';
import { StatusBadge } from '../common/StatusBadge.js';
import { Pager } from '../common/Pager.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { NotFound } from '../common/NotFound.js';
import { taskName } from '../tasks/TaskName.js';
import { EntryTable, entryColumns } from './EntryTable.js';

const PAGE_SIZE = 10;
const FIGURES = ['allocated', 'transferred', 'received', 'spent', 'refunded', 'balance'];

/**
 * Where every yuan went: agreements on the left; the chosen agreement's money by project on the
 * right, and the ledger entries of the agreement or of one project with who recorded each, when,
 * at which step, and how each links to the one before it in the project's hash chain. Auditors and
 * administrators also see the ledger's verification status. #/audit?agreement=ID&project=ID.
 */
export function FundExplorer({ query }) {
  const me = useSession();
  const q = query.q || '';
  const page = Number(query.page || 0);
  const projectId = query.project ? Number(query.project) : null;
  // a project alone in the address (as from the verification's "open" link): find its agreement first
  const owner = useLoad(() => (projectId && !query.agreement ? api.project(projectId) : Promise.resolve(null)), [projectId, query.agreement]);
  const agreementId = query.agreement ? Number(query.agreement) : owner.data ? owner.data.agreementId : null;
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const list = useLoad(() => api.agreements({ q, page, size: PAGE_SIZE }), [q, page]);
  const go = (changes) => navigate('/audit', { q, page: page || undefined, agreement: agreementId, project: projectId, ...changes });
  const items = list.data ? list.data.items || [] : [];
  const auditor = hasRole(me, 'auditor') || hasRole(me, 'admin');

  return h('div', { className: 'page explorer' },
    h('div', { className: 'page-head' },
      h('div', null,
        h('h1', null, t('explorer.title')),
        h('div', { className: 'page-sub' }, t('explorer.sub')))),
    auditor ? h(LedgerStatus) : null,
    h('div', { className: 'explorer-panes' },
      h('section', { className: 'card card-flush explorer-agreements', 'aria-label': t('explorer.agreements') },
        h('form', {
          className: 'explorer-search', role: 'search',
          onSubmit: (e) => {
            e.preventDefault();
            go({ q: text.trim(), page: undefined });
          },
        },
          h('label', { className: 'sr-only', htmlFor: 'explorer-q' }, t('explorer.search')),
          h('input', { id: 'explorer-q', className: 'input', type: 'search', value: text, placeholder: t('explorer.search'), onChange: (e) => setText(e.target.value) }),
          h('button', { type: 'submit', className: 'btn btn-small' }, t('common.search'))),
        list.error ? h(ErrorNotice, { error: list.error, onRetry: list.reload }) : null,
        list.loading && !list.data ? h(Loading) : null,
        list.data && items.length === 0 ? h('p', { className: 'muted explorer-empty' }, t('explorer.noAgreements')) : null,
        h('ul', { className: 'explorer-list' + (list.loading ? ' is-stale' : '') }, items.map((a) => h('li', { key: a.id },
          h('a', {
            className: 'explorer-item' + (a.id === agreementId ? ' is-selected' : ''),
            href: href('/audit', { q, page: page || undefined, agreement: a.id }),
            'aria-current': a.id === agreementId ? 'true' : undefined,
          },
            h('span', { className: 'explorer-item-title' }, a.title),
            h('span', { className: 'explorer-item-meta' },
              h('span', { className: 'mono' }, a.code), ' · ',
              unionName(a.donorName, a.donorUnion), ' → ', unionName(a.recipientName, a.recipientUnion)),
            h('span', { className: 'explorer-item-amount num' }, money(a.intendedAmount)))))),
        list.data && list.data.total > PAGE_SIZE
          ? h(Pager, { page, size: PAGE_SIZE, total: list.data.total, onPage: (pg) => go({ page: pg || undefined }) }) : null),
      h('div', { className: 'explorer-detail' },
        owner.error ? h(NotFound, { text: t('notFound.project') }) : null,
        agreementId ? h(AgreementMoney, { key: agreementId, agreementId, projectId, q, page })
          : owner.loading && projectId ? h(Loading)
            : !owner.error ? h('div', { className: 'card empty' }, h('p', null, t('explorer.choose'))) : null)));
}

/** One agreement's money: its figures, each project's, and the entries of the agreement or of the chosen project. */
function AgreementMoney({ agreementId, projectId, q, page }) {
  const trace = useLoad(() => api.agreementTrace(agreementId), [agreementId]);
  if (trace.loading && !trace.data) {
    return h(Loading);
  }
  if (trace.error) {
    return trace.error.status === 404 ? h(NotFound, { text: t('notFound.agreement') })
      : h(ErrorNotice, { error: trace.error, onRetry: trace.reload });
  }
  const d = trace.data;
  const projects = d.projects || [];
  const chosen = projects.find((p) => p.projectId === projectId) || null;
  const entries = chained(d.entries || []).filter((e) => !chosen || e.projectId === chosen.projectId);
  const entry = entryColumns();
  const link = (extra) => href('/audit', { q, page: page || undefined, agreement: agreementId, ...extra });

  return h('div', { className: 'explorer-money' },
    h('section', { className: 'card' },
      h('div', { className: 'card-head' },
        h('h2', null, t('explorer.agreement'), ' ', h('span', { className: 'mono' }, d.code)),
        h('div', { className: 'card-actions' },
          h('a', { className: 'btn btn-small btn-quiet', href: href('/agreements/' + agreementId) }, t('explorer.openAgreement')))),
      h('div', { className: 'figures figures-compact' },
        h(Figure, { label: t('explorer.intended'), value: money(d.intendedAmount) }),
        h(Figure, { label: t('trace.budget'), value: money(d.budget) }),
        FIGURES.map((f) => h(Figure, { key: f, name: f, label: t('trace.' + f), value: money(d[f]) })))),
    h('section', { className: 'card card-flush' },
      h('div', { className: 'card-head card-head-padded' }, h('h2', null, t('explorer.projects', { n: projects.length }))),
      projects.length === 0 ? h('p', { className: 'muted explorer-empty' }, t('explorer.noProjects'))
        : h('div', { className: 'table-wrap' }, h('table', { className: 'table table-compact explorer-projects' },
          h('thead', null, h('tr', null,
            h('th', null, t('project.title')),
            h('th', null, t('project.status')),
            h('th', { className: 'num' }, t('trace.budget')),
            FIGURES.map((f) => h('th', { key: f, className: 'num' }, t('trace.' + f))))),
          h('tbody', null, projects.map((p) => h('tr', { key: p.projectId, className: p.projectId === projectId ? 'is-selected' : '' },
            h('td', null,
              h('a', { className: 'strong-link', href: link({ project: p.projectId }), 'aria-current': p.projectId === projectId ? 'true' : undefined }, p.title),
              h('div', { className: 'cell-note mono' }, p.code)),
            h('td', null, h(StatusBadge, { status: p.status })),
            h('td', { className: 'num nowrap' }, money(p.budget)),
            FIGURES.map((f) => h('td', { key: f, className: 'num nowrap' }, money(p[f]))))))))),
    h('section', { className: 'card card-flush explorer-entries', 'data-project': chosen ? chosen.code : '' },
      h('div', { className: 'card-head card-head-padded' },
        h('h2', null, chosen ? t('explorer.entriesOf', { code: chosen.code }) : t('explorer.entriesAll')),
        h('div', { className: 'card-actions' },
          chosen ? h('a', { className: 'btn btn-small btn-quiet', href: href('/projects/' + chosen.projectId) }, t('explorer.openProject')) : null,
          chosen ? h('a', { className: 'btn btn-small btn-quiet', href: link({}) }, t('explorer.allProjects')) : null)),
      h(EntryTable, {
        entries, emptyClass: 'muted explorer-empty',
        columns: [entry.seq,
          chosen ? null : { head: t('explorer.project'), cellClass: 'mono nowrap', cell: (e) => h('a', { href: link({ project: e.projectId }) }, e.projectCode) },
          entry.type, entry.amount,
          { head: t('explorer.tranche'), cellClass: 'num', cell: (e) => e.trancheNo ?? '' },
          entry.bankReference,
          { head: t('explorer.who'), cell: (e) => h('span', { title: e.actor }, e.actorName || e.actor) },
          entry.at,
          { head: t('explorer.task'), cell: (e) => (e.taskKey ? h('span', { title: e.processInstanceId || '' }, taskName(e.taskKey)) : '') },
          { head: t('explorer.chain'), cellClass: 'mono hash', cell: chainCell }],
      }),
      h('p', { className: 'card-note muted explorer-chain-note' }, t('explorer.chainNote'))));
}

/** An entry's link to the one before it in its project, and its own hash, shortened. */
function chainCell(e) {
  return [
    h('span', {
      key: 'link', className: 'chain-link badge ' + (e.linked ? 'is-ok badge-ok' : 'is-bad badge-bad'),
      title: t(e.linked ? 'explorer.linked' : 'explorer.unlinked'),
    }, t(e.linked ? 'explorer.linkedShort' : 'explorer.unlinkedShort')),
    ' ', h('span', { key: 'hash', title: e.hash }, e.hash ? e.hash.substring(0, 10) + '…' : '')];
}

/**
 * Marks each entry linked when it names the entry before it in its project as its predecessor (or,
 * as a project's first entry, the all-zero hash). The server's verification recomputes the hashes too.
 */
function chained(entries) {
  const last = new Map();
  return entries.map((e) => {
    const before = last.get(e.projectId);
    last.set(e.projectId, e.hash);
    const linked = before === undefined ? e.projectSeq === 1 && /^0+$/.test(e.prevHash || '') : e.prevHash === before;
    return { ...e, linked };
  });
}
