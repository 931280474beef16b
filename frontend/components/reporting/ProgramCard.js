import { h } from '../../html.js';
import * as api from '../../api.js';
import { lang, t, tEnum } from '../../i18n/index.js';
import { money } from '../../format.js';
import { useLoad } from '../../hooks.js';
import { Figure } from '../common/Figure.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { DownloadButtons, useDownload } from './downloads.js';

const count = (n) => Number(n || 0).toLocaleString(lang() === 'en' ? 'en-GB' : 'zh-CN');
const label = (row) => (lang() === 'en' ? row.labelEn || row.labelZh : row.labelZh || row.labelEn) || row.key;

/**
 * The program the way the newspaper article reports it (GET /api/reports/program): donors, agreements
 * in force and what they intend, the projects fixed and their money per type group, the service
 * facilities per type, and the proposals not fixed apart. Over what the person may see.
 */
export function ProgramCard({ fixedOnly, onFixedOnly }) {
  const report = useLoad(() => api.programReport(), []);
  const download = useDownload();
  if (report.error) {
    return h(ErrorNotice, { error: report.error, onRetry: report.reload });
  }
  if (!report.data || (report.data.totals.agreements === 0 && report.data.totals.projects === 0)) {
    return null;
  }
  const { totals, typeGroups, facilityTypes, notFixed, donorsOver20Million } = report.data;
  return h('section', { className: 'card program-card' },
    h('div', { className: 'card-head' },
      h('h2', null, t('dashboard.program.title')),
      h('div', { className: 'card-actions' },
        fixedOnly ? null : h('button', { type: 'button', className: 'btn btn-small program-fixed', onClick: onFixedOnly },
          t('dashboard.program.fixedOnly')),
        h(DownloadButtons, { download, onSave: (f) => download.save(f, () => api.programFile(f)) }))),
    download.error ? h(ErrorNotice, { error: download.error }) : null,
    h('div', { className: 'figures figures-compact' },
      h(Figure, { name: 'donors', label: t('dashboard.program.donors'), value: count(totals.donors),
        note: t('dashboard.program.over20m', { n: donorsOver20Million }) }),
      h(Figure, { name: 'agreements', label: t('dashboard.program.agreements'), value: count(totals.agreements),
        note: t('dashboard.program.intended', { amount: money(totals.intendedAmount) }) }),
      h(Figure, { name: 'projects', label: t('dashboard.program.projects'), value: count(totals.projects) }),
      h(Figure, { name: 'budget', label: t('dashboard.program.budget'), value: money(totals.budget) })),
    h('div', { className: 'table-wrap' }, h('table', { className: 'table table-compact program-groups' },
      h('thead', null, h('tr', null,
        h('th', null, t('dashboard.key.typeGroup')),
        h('th', { className: 'num' }, t('dashboard.program.projectCount')),
        h('th', { className: 'num' }, t('dashboard.figure.budget')),
        h('th', { className: 'num' }, t('dashboard.figure.transferred')))),
      h('tbody', null, typeGroups.map((row) => h('tr', { key: row.key, 'data-key': row.key },
        h('td', null, label(row)),
        h('td', { className: 'num' }, count(row.projects)),
        h('td', { className: 'num' }, money(row.budget)),
        h('td', { className: 'num' }, money(row.transferred))))),
      h('tfoot', null, h('tr', null,
        h('th', null, t('dashboard.program.total')),
        h('th', { className: 'num' }, count(totals.projects)),
        h('th', { className: 'num' }, money(totals.budget)),
        h('th', { className: 'num' }, money(totals.transferred)))))),
    facilityTypes.length ? h('p', { className: 'program-facilities' },
      h('span', { className: 'filter-label' }, t('dashboard.program.facilities')), ' ',
      facilityTypes.map((row, i) => h('span', { key: row.key, className: 'chip', 'data-key': row.key },
        label(row), ' ', h('b', null, count(row.projects))))) : null,
    notFixed.length ? h('p', { className: 'card-note muted' }, t('dashboard.program.notFixed', {
      list: notFixed.map((row) => tEnum('status', row.key) + ' ' + count(row.projects)).join(lang() === 'en' ? ', ' : '、'),
    })) : null);
}
