import { h } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { dateTime, fileSize } from '../../format.js';

/** Documents with download links and their checksums. */
export function DocumentList({ documents }) {
  if (!documents || documents.length === 0) {
    return h('p', { className: 'muted' }, t('documents.none'));
  }
  return h('ul', { className: 'doc-list' }, documents.map((d) => h('li', { key: d.id, className: 'doc' },
    h('a', { className: 'doc-name', href: api.documentUrl(d.id), target: '_blank', rel: 'noopener' },
      h('span', { className: 'doc-icon', 'aria-hidden': 'true' }, (d.contentType || '').includes('pdf') ? 'PDF' : 'IMG'),
      d.fileName),
    h('div', { className: 'doc-meta' },
      t('documents.meta', { id: d.id, size: fileSize(d.size), by: d.uploadedBy || '', at: dateTime(d.uploadedAt) })),
    d.sha256 ? h('div', { className: 'doc-hash mono', title: d.sha256 }, 'SHA-256 ' + d.sha256.substring(0, 16) + '…') : null)));
}
