import { h, Fragment } from '../../html.js';
import * as api from '../../api.js';
import { lang, t, tEnum } from '../../i18n/index.js';
import { money } from '../../format.js';
import { useLoad } from '../../hooks.js';
import { percent } from './indicators.js';

const PLAN_COLUMNS = ['amount', 'carryIn', 'committed', 'approved', 'transferred', 'unused'];

/** The dashboard's funding plans per year and performance attainment per type group (what the caller may see). */
export function PlanReportCards() {
  const plans = useLoad(() => api.planReport(), []);
  const performance = useLoad(() => api.performanceReport('typeGroup'), []);
  const years = (plans.data && plans.data.years) || [];
  const rows = (performance.data && performance.data.rows) || [];
  return h(Fragment, null,
    years.length ? h('section', { className: 'card', 'data-testid': 'plan-report' },
      h('div', { className: 'card-head' }, h('h2', null, t('planReport.title'))),
      h('div', { className: 'table-wrap' }, h('table', { className: 'table table-compact' },
        h('thead', null, h('tr', null, h('th', null, t('plan.year')), PLAN_COLUMNS.map((c) => h('th', { key: c, className: 'num' }, t('plan.' + c))))),
        h('tbody', null, years.map((y) => h('tr', { key: y.year }, h('td', null, String(y.year)),
          PLAN_COLUMNS.map((c) => h('td', { key: c, className: 'num' }, money(y[c]))))))))) : null,
    rows.length ? h('section', { className: 'card', 'data-testid': 'performance-report' },
      h('div', { className: 'card-head' }, h('h2', null, t('performanceReport.title'))),
      h('div', { className: 'table-wrap' }, h('table', { className: 'table table-compact' },
        h('thead', null, h('tr', null, h('th', null, t('project.typeGroup')), h('th', { className: 'num' }, t('performanceReport.projects')),
          h('th', { className: 'num' }, t('performanceReport.measured')), h('th', { className: 'num' }, t('performanceReport.attained')),
          h('th', { className: 'num' }, t('indicator.attainment')), h('th', { className: 'num' }, t('performanceReport.averageScore')))),
        h('tbody', null, rows.map((r) => h('tr', { key: r.key }, h('td', null, tEnum('typeGroup', r.key)),
          h('td', { className: 'num' }, r.projects), h('td', { className: 'num' }, r.measured), h('td', { className: 'num' }, r.attained),
          h('td', { className: 'num' }, percent(r.attainment)),
          h('td', { className: 'num' }, r.averageScore === null ? '—' : Number(r.averageScore).toLocaleString(lang() === 'en' ? 'en-GB' : 'zh-CN')))))))) : null);
}
