import { h } from '../../html.js';
import { t } from '../../i18n/index.js';

const FILTERS = ['q', 'status', 'typeGroup', 'type', 'agreementId', 'donor', 'recipient'];

/** Downloads the list as the person sees it now (its filters from the address) as an XLSX workbook. */
export function ExportLink({ kind }) {
  const download = (e) => {
    e.preventDefault();
    const hash = window.location.hash;
    const given = new URLSearchParams(hash.includes('?') ? hash.substring(hash.indexOf('?') + 1) : '');
    const query = new URLSearchParams();
    FILTERS.forEach((name) => {
      if (given.get(name)) {
        query.append(name, given.get(name));
      }
    });
    const q = query.toString();
    window.location.href = '/api/' + kind + 's/export.xlsx' + (q ? '?' + q : '');
  };
  return h('a', { className: 'btn', href: '/api/' + kind + 's/export.xlsx', onClick: download, 'data-testid': 'export-xlsx' }, t('export.xlsx'));
}
