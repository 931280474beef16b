import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { Dialog } from '../common/Dialog.js';
import { ErrorNotice } from '../common/ErrorNotice.js';

/**
 * 批量导入: a filled staff sheet in, a report on every row out. A sheet with an error imports
 * nobody unless the administrator keeps only the good rows; new people's one-time passwords are
 * shown here, this once.
 */
export function PeopleImportDialog({ onClose, onImported }) {
  const [file, setFile] = useState(null);
  const [keep, setKeep] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState(null);
  const [error, setError] = useState(null);

  const submit = (e) => {
    e.preventDefault();
    if (!file) {
      setError({ detail: t('peopleImport.chooseFile') });
      return;
    }
    setBusy(true);
    setError(null);
    setReport(null);
    api.importPeople(file, keep)
      .then((answer) => {
        setReport(answer);
        onImported();
      })
      .catch((err) => {
        if (err.problem && Array.isArray(err.problem.rows)) {
          setReport({ imported: false, refused: err.problem.refused, rows: err.problem.rows });
        }
        setError(err);
      })
      .then(() => setBusy(false));
  };

  return h(Dialog, { title: t('peopleImport.title'), onClose, className: 'dialog-wide' },
    h('form', { className: 'form', onSubmit: submit, noValidate: true },
      h('p', null, t('peopleImport.lead'), ' ',
        h('a', { href: api.peopleTemplateUrl, download: 'aidflow-people-template.xlsx' }, t('peopleImport.template'))),
      h('label', { className: 'field' },
        h('span', { className: 'field-label' }, t('peopleImport.file')),
        h('input', { className: 'input', type: 'file', name: 'file', accept: '.xlsx',
          onChange: (e) => setFile(e.target.files && e.target.files[0] ? e.target.files[0] : null) })),
      h('label', { className: 'check' },
        h('input', { type: 'checkbox', name: 'keepValidRows', checked: keep, onChange: (e) => setKeep(e.target.checked) }),
        ' ', t('peopleImport.keepValidRows')),
      error ? h(ErrorNotice, { error }) : null,
      report ? h(ImportReport, { report }) : null,
      h('div', { className: 'button-row' },
        h('button', { type: 'submit', className: 'btn btn-primary', disabled: busy }, busy ? t('peopleImport.busy') : t('peopleImport.submit')),
        h('button', { type: 'button', className: 'btn', onClick: onClose }, t('common.close')))));
}

function ImportReport({ report }) {
  return h('div', { className: 'import-report', 'data-imported': String(report.imported) },
    report.imported
      ? h('div', { className: 'notice notice-ok', role: 'status' },
        t('peopleImport.done', { created: report.created, updated: report.updated, unchanged: report.unchanged, refused: report.refused }))
      : null,
    report.imported && report.created > 0 ? h('div', { className: 'notice notice-warn' }, t('peopleImport.passwordsOnce')) : null,
    h('div', { className: 'table-wrap' },
      h('table', { className: 'table' },
        h('thead', null, h('tr', null,
          h('th', null, t('peopleImport.row')), h('th', null, t('people.username')), h('th', null, t('peopleImport.outcome')),
          h('th', null, t('peopleImport.details')))),
        h('tbody', null, report.rows.map((r) => h('tr', { key: r.row, 'data-row': r.row, 'data-outcome': r.outcome },
          h('td', null, r.row),
          h('td', { className: 'mono' }, r.username || '—'),
          h('td', null, h('span', { className: 'badge ' + (r.outcome === 'REFUSED' ? 'badge-bad' : 'badge-ok') },
            t('peopleImport.outcome.' + r.outcome))),
          h('td', null,
            r.oneTimePassword ? h('code', { className: 'mono otp-value', 'data-otp': 'true' }, r.oneTimePassword) : null,
            (r.errors || []).map((e, i) => h('div', { key: i, className: 'field-error' }, e.field + ': ' + e.message)))))))));
}
