import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { lang, t, tEnum } from '../../i18n/index.js';
import { money } from '../../format.js';
import { useLoad } from '../../hooks.js';
import { href, navigate } from '../../router.js';
import { PROJECT_STATUSES } from '../../catalog.js';
import { Chart } from './Chart.js';
import { Figure } from '../common/Figure.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { DueDate } from '../common/DueDate.js';
import { taskName } from '../tasks/TaskName.js';
import { DownloadButtons, useDownload } from './downloads.js';
import { ProgramCard } from './ProgramCard.js';
import { PlanReportCards } from '../plans/PlanReportCards.js';

/** The four views of the program the dashboard shows, each with its chart and its downloads. */
const GROUPS = ['typeGroup', 'donor', 'recipient', 'focusArea'];
const METRICS = ['budget', 'transferred', 'received', 'spent'];
const COLOURS = { budget: '#1f4e79', transferred: '#4f8fc0', received: '#2e8b57', spent: '#c98a2b' };
/** SUBMITTED passes at once into UNDER_REVIEW and is never stored, so it is no filter. */
const STATUSES = PROJECT_STATUSES.filter((s) => s !== 'SUBMITTED');

/** The projects the article counts as fixed (已确定): approved and every stage after. */
const FIXED = ['APPROVED', 'IN_PROGRESS', 'COMPLETION_REVIEW', 'CLOSED', 'FAILED'];

const label = (row) => (lang() === 'en' ? row.labelEn || row.labelZh : row.labelZh || row.labelEn) || row.key;

/** 1.25亿 / 125万 in Chinese, 125M / 1.3k in English: for axes, where the full amount would not fit. */
function compactYuan(value) {
  const n = Number(value) || 0;
  const trim = (x) => String(Math.round(x * 100) / 100);
  if (lang() === 'en') {
    if (Math.abs(n) >= 1e9) return trim(n / 1e9) + 'B';
    if (Math.abs(n) >= 1e6) return trim(n / 1e6) + 'M';
    if (Math.abs(n) >= 1e3) return trim(n / 1e3) + 'k';
    return trim(n);
  }
  if (Math.abs(n) >= 1e8) return trim(n / 1e8) + '亿';
  if (Math.abs(n) >= 1e4) return trim(n / 1e4) + '万';
  return trim(n);
}

function percent(part, whole) {
  const w = Number(whole) || 0;
  return w > 0 ? (Math.round((Number(part) || 0) / w * 1000) / 10) + '%' : '—';
}

/**
 * Program figures for whoever is signed in (the server counts only what they may see): totals,
 * and charts by type group, donor, recipient and focus area, each with CSV and XLSX downloads.
 */
export function Dashboard({ query }) {
  const statuses = (query.status || '').split(',').filter((s) => STATUSES.includes(s));
  const key = statuses.join(',');
  const data = useLoad(() => Promise.all(GROUPS.map((g) => api.summary(g, statuses))), [key]);

  const toggle = (status) => {
    const next = statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status];
    navigate('/dashboard', { status: STATUSES.filter((s) => next.includes(s)).join(',') });
  };

  const reports = data.data ? Object.fromEntries(GROUPS.map((g, i) => [g, data.data[i]])) : null;
  const totals = reports ? reports.typeGroup.totals : null;

  return h('div', { className: 'page dashboard' },
    h('div', { className: 'page-head' },
      h('div', null,
        h('h1', null, t('dashboard.title')),
        h('div', { className: 'page-sub' }, t('dashboard.scope')))),
    h('div', { className: 'card status-filter', role: 'group', 'aria-label': t('dashboard.statuses') },
      h('span', { className: 'filter-label' }, t('dashboard.statuses')),
      h('div', { className: 'chips' },
        h('a', { className: 'chip' + (statuses.length === 0 ? ' is-on' : ''), href: href('/dashboard'), 'aria-pressed': statuses.length === 0 },
          t('dashboard.statusDefault')),
        STATUSES.map((s) => h('button', {
          key: s, type: 'button', className: 'chip' + (statuses.includes(s) ? ' is-on' : ''),
          'aria-pressed': statuses.includes(s), 'data-status': s, onClick: () => toggle(s),
        }, tEnum('status', s))))),
    data.error ? h(ErrorNotice, { error: data.error, onRetry: data.reload }) : null,
    data.loading && !data.data ? h(Loading) : null,
    totals ? h('div', { className: 'figures dashboard-totals' + (data.loading ? ' is-stale' : '') },
      h(Figure, { name: 'projects', label: t('dashboard.figure.projects'),
        value: totals.projects.toLocaleString(lang() === 'en' ? 'en-GB' : 'zh-CN') }),
      h(Figure, { name: 'budget', label: t('dashboard.figure.budget'), value: money(totals.budget) }),
      h(Figure, { name: 'transferred', label: t('dashboard.figure.transferred'), value: money(totals.transferred),
        note: t('dashboard.ofBudget', { p: percent(totals.transferred, totals.budget) }) }),
      h(Figure, { name: 'received', label: t('dashboard.figure.received'), value: money(totals.received),
        note: t('dashboard.ofTransferred', { p: percent(totals.received, totals.transferred) }) }),
      h(Figure, { name: 'spent', label: t('dashboard.figure.spent'), value: money(totals.spent),
        note: t('dashboard.ofReceived', { p: percent(totals.spent, totals.received) }) })) : null,
    h(ProgramCard, { fixedOnly: statuses.join(',') === FIXED.join(','), onFixedOnly: () => navigate('/dashboard', { status: FIXED.join(',') }) }),
    reports && totals.projects === 0 ? h('div', { className: 'card empty' }, h('p', null, t('dashboard.empty'))) : null,
    reports && totals.projects > 0 ? h('div', { className: 'dashboard-grid' + (data.loading ? ' is-stale' : '') },
      GROUPS.map((g) => h(SummaryCard, { key: g, groupBy: g, report: reports[g], statuses }))) : null,
    h(PlanReportCards),
    h(OverdueCard));
}

/** Work past its due date on the projects and agreements the person may see, with where it waits. */
function OverdueCard() {
  const overdue = useLoad(() => api.overdueReport({ size: 8 }), []);
  if (!overdue.data && !overdue.error) {
    return null;
  }
  if (overdue.error) {
    return h(ErrorNotice, { error: overdue.error, onRetry: overdue.reload });
  }
  const items = overdue.data.items || [];
  return h('section', { className: 'card overdue-card' + (items.length ? ' has-overdue' : '') },
    h('div', { className: 'card-head' },
      h('h2', null, t('dashboard.overdue'), ' ', h('span', { className: 'badge ' + (items.length ? 'badge-bad' : 'badge-ok') }, overdue.data.total))),
    items.length === 0 ? h('p', { className: 'muted' }, t('dashboard.noOverdue'))
      : h('div', { className: 'table-wrap' }, h('table', { className: 'table table-compact' },
        h('thead', null, h('tr', null,
          h('th', null, t('inbox.colTask')),
          h('th', null, t('inbox.colBusinessKey')),
          h('th', null, t('inbox.colDue')),
          h('th', null, t('inbox.colAssignee')))),
        h('tbody', null, items.map((task) => h('tr', { key: task.id, className: 'is-overdue' },
          h('td', null, taskName(task.taskKey, task.name)),
          h('td', { className: 'mono' }, h('a', {
            href: href(task.projectId ? '/projects/' + task.projectId : '/agreements/' + task.agreementId),
          }, task.businessKey)),
          h('td', { className: 'nowrap' }, h(DueDate, { due: task.due, overdue: true })),
          h('td', null, task.assignee || h('span', { className: 'muted' }, t('inbox.unclaimed')))))))),
    overdue.data.total > items.length ? h('p', { className: 'card-note muted' }, t('dashboard.moreOverdue', { n: overdue.data.total - items.length })) : null);
}

/** One grouping: a chart (or the same figures as a table) and its CSV and XLSX downloads. */
function SummaryCard({ groupBy, report, statuses }) {
  const [asTable, setAsTable] = useState(false);
  const download = useDownload();
  const rows = [...report.rows].sort((a, b) => Number(b.budget) - Number(a.budget));
  const save = (format) => download.save(format, () => api.summaryFile(groupBy, format, statuses));

  const open = (row) => {
    const filter = { donor: 'donor', recipient: 'recipient', typeGroup: 'typeGroup' }[groupBy];
    if (filter && row) {
      navigate('/projects', { [filter]: row.key, status: statuses.length === 1 ? statuses[0] : undefined });
    }
  };

  return h('section', { className: 'card summary-card', 'data-group': groupBy },
    h('div', { className: 'card-head' },
      h('h2', null, t('dashboard.by.' + groupBy)),
      h('div', { className: 'card-actions' },
        h('div', { className: 'segmented', role: 'group', 'aria-label': t('dashboard.view') },
          h('button', { type: 'button', className: 'btn btn-small' + (!asTable ? ' is-on' : ''), 'aria-pressed': !asTable, onClick: () => setAsTable(false) }, t('dashboard.chart')),
          h('button', { type: 'button', className: 'btn btn-small' + (asTable ? ' is-on' : ''), 'aria-pressed': asTable, onClick: () => setAsTable(true) }, t('dashboard.table'))),
        h(DownloadButtons, { download, onSave: save }))),
    download.error ? h(ErrorNotice, { error: download.error }) : null,
    rows.length === 0 ? h('p', { className: 'muted' }, t('dashboard.noRows'))
      : asTable ? h(SummaryTable, { rows, groupBy })
        : h(Chart, {
          option: option(groupBy, rows),
          height: groupBy === 'donor' || groupBy === 'recipient' ? Math.max(260, 70 + rows.length * 34) : 300,
          label: t('dashboard.by.' + groupBy),
          onClick: groupBy === 'focusArea' ? null : (p) => open(rows[p.dataIndex]),
        }),
    groupBy === 'focusArea' ? h('p', { className: 'card-note muted' }, t('dashboard.focusNote')) : null,
    groupBy !== 'focusArea' && !asTable && rows.length > 0 ? h('p', { className: 'card-note muted' }, t('dashboard.clickNote')) : null);
}

function SummaryTable({ rows, groupBy }) {
  return h('div', { className: 'table-wrap' }, h('table', { className: 'table table-compact summary-table' },
    h('thead', null, h('tr', null,
      h('th', null, t('dashboard.key.' + groupBy)),
      h('th', { className: 'num' }, t('dashboard.figure.projects')),
      METRICS.map((m) => h('th', { key: m, className: 'num' }, t('dashboard.figure.' + m))),
      h('th', { className: 'num' }, t('dashboard.transferRate')))),
    h('tbody', null, rows.map((r) => h('tr', { key: r.key },
      h('td', null, label(r)),
      h('td', { className: 'num' }, r.projects),
      METRICS.map((m) => h('td', { key: m, className: 'num nowrap' }, money(r[m]))),
      h('td', { className: 'num' }, percent(r.transferred, r.budget)))))));
}

function tooltip(rows) {
  return (params) => {
    const list = Array.isArray(params) ? params : [params];
    const row = rows[list[0].dataIndex];
    const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
    return '<strong>' + esc(label(row)) + '</strong><br>'
      + esc(t('dashboard.figure.projects')) + ': ' + row.projects + '<br>'
      + METRICS.map((m) => esc(t('dashboard.figure.' + m)) + ': ' + esc(money(row[m]))).join('<br>');
  };
}

/** The ECharts option for one grouping: a donut of budgets by type group, bars for the rest. */
function option(groupBy, rows) {
  const base = { aria: { enabled: true }, animationDuration: 300, textStyle: { fontFamily: 'inherit' } };
  if (groupBy === 'typeGroup') {
    return {
      ...base,
      color: ['#1f4e79', '#4f8fc0', '#2e8b57', '#c98a2b', '#7a5ea8', '#a8261b'],
      tooltip: { trigger: 'item', formatter: tooltip(rows) },
      legend: { bottom: 0, type: 'scroll' },
      series: [{
        name: t('dashboard.figure.budget'), type: 'pie', radius: ['42%', '70%'], center: ['50%', '45%'],
        label: { formatter: '{b}\n{d}%' },
        data: rows.map((r) => ({ name: label(r), value: Number(r.budget) })),
      }],
    };
  }
  const horizontal = groupBy === 'donor' || groupBy === 'recipient';
  const categories = { type: 'category', data: rows.map(label), axisLabel: { interval: 0, width: horizontal ? 150 : 90, overflow: 'truncate' } };
  const values = { type: 'value', axisLabel: { formatter: compactYuan } };
  return {
    ...base,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltip(rows) },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: horizontal ? values : categories,
    yAxis: horizontal ? { ...categories, inverse: true } : values,
    series: METRICS.map((m) => ({
      name: t('dashboard.figure.' + m), type: 'bar', itemStyle: { color: COLOURS[m] }, barMaxWidth: horizontal ? 9 : 22,
      data: rows.map((r) => Number(r[m])),
    })),
  };
}
