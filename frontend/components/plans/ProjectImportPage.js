import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { useLoad } from '../../hooks.js';
import { href, navigate } from '../../router.js';
import { useSession, isDonorProposer } from '../../session.js';
import { Section } from '../common/Section.js';
import { ErrorNotice } from '../common/ErrorNotice.js';

/**
 * Planned projects from Excel: the template, a filled sheet in with a report on every row (nothing kept from a
 * sheet with errors unless only the good rows are asked for), and the drafts it made, each submitted on its own.
 */
export function ProjectImportPage() {
  const me = useSession();
  const [file, setFile] = useState(null);
  const [keep, setKeep] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState(null);
  const [error, setError] = useState(null);
  const [version, setVersion] = useState(0);
  const drafts = useLoad(() => (isDonorProposer(me) ? api.projectDrafts() : Promise.resolve({ items: [] })), [version]);

  if (!isDonorProposer(me)) {
    return h('div', { className: 'page' }, h('div', { className: 'notice notice-info' }, t('projects.onlyProposers')));
  }
  const submit = (e) => {
    e.preventDefault();
    if (!file) {
      setError({ detail: t('projectImport.chooseFile') });
      return;
    }
    setBusy(true);
    setError(null);
    setReport(null);
    api.importProjects(file, keep)
      .then((answer) => {
        setReport(answer);
        setVersion(version + 1);
      })
      .catch((err) => {
        if (err.problem && Array.isArray(err.problem.rows)) {
          setReport({ imported: false, refused: err.problem.refused, rows: err.problem.rows });
        }
        setError(err);
      })
      .then(() => setBusy(false));
  };
  const submitDraft = (id) => api.submitProjectDraft(id)
    .then((created) => navigate('/projects/' + created.id))
    .catch((err) => setError(err));

  return h('div', { className: 'page page-narrow' },
    h('p', { className: 'crumbs' }, h('a', { href: href('/projects') }, '← ', t('projects.back'))),
    h('h1', null, t('projectImport.title')),
    h('form', { className: 'card form', onSubmit: submit, noValidate: true },
      h('p', null, t('projectImport.lead'), ' ',
        h('a', { href: api.projectTemplateUrl, download: 'aidflow-projects-template.xlsx' }, t('projectImport.template'))),
      h('label', { className: 'field' },
        h('span', { className: 'field-label' }, t('projectImport.file')),
        h('input', { className: 'input', type: 'file', name: 'file', accept: '.xlsx',
          onChange: (e) => setFile(e.target.files && e.target.files[0] ? e.target.files[0] : null) })),
      h('label', { className: 'check' },
        h('input', { type: 'checkbox', name: 'keepValidRows', checked: keep, onChange: (e) => setKeep(e.target.checked) }),
        ' ', t('projectImport.keepValidRows')),
      error ? h(ErrorNotice, { error }) : null,
      report ? h('div', { className: 'table-wrap import-report', 'data-imported': String(report.imported) },
        report.imported ? h('div', { className: 'notice notice-ok', role: 'status' },
          t('projectImport.done', { drafts: report.drafts, refused: report.refused })) : null,
        h('table', { className: 'table' },
          h('thead', null, h('tr', null, h('th', null, t('projectImport.row')), h('th', null, t('project.title')),
            h('th', null, t('projectImport.details')))),
          h('tbody', null, report.rows.map((r) => h('tr', { key: r.row, 'data-row': r.row },
            h('td', null, r.row), h('td', null, r.title || '—'),
            h('td', null, r.ok ? h('span', { className: 'badge badge-ok' }, t('projectImport.ok'))
              : r.errors.map((e, i) => h('div', { key: i, className: 'field-error' }, e.field + ': ' + e.message)))))))) : null,
      h('div', { className: 'button-row' },
        h('button', { type: 'submit', className: 'btn btn-primary', disabled: busy }, busy ? t('projectImport.busy') : t('projectImport.submit')))),
    h(Section, { title: t('projectImport.drafts') },
      drafts.data && drafts.data.items.length ? h('ul', { className: 'plain-list', 'data-testid': 'project-drafts' },
        drafts.data.items.map((d) => h('li', { key: d.id }, t('projectImport.row'), ' ', d.row, ' · ', d.title || '—', ' ',
          h('button', { type: 'button', className: 'btn btn-small btn-primary', onClick: () => submitDraft(d.id) }, t('projectImport.submitDraft')))))
        : h('p', { className: 'muted' }, t('projectImport.noDrafts'))));
}
