import { h } from '../../html.js';
import * as api from '../../api.js';
import { t, tEnum } from '../../i18n/index.js';
import { date, dateTime } from '../../format.js';

/** The donor's and the recipient's signatures, or what is still missing. */
export function SignatureList({ signatures, status }) {
  const bySide = Object.fromEntries((signatures || []).map((s) => [s.side, s]));
  const sides = ['DONOR', 'RECIPIENT'];
  if (!signatures || signatures.length === 0) {
    if (status !== 'SIGNING') {
      return h('p', { className: 'muted' }, t('signatures.none'));
    }
  }
  return h('ul', { className: 'sig-list' }, sides.map((side) => {
    const s = bySide[side];
    return h('li', { key: side, className: 'sig' + (s ? ' is-signed' : '') },
      h('div', { className: 'sig-side' }, tEnum('side', side)),
      s ? h('div', null,
        h('div', { className: 'sig-who' }, t('signatures.signedBy', { name: s.signatory, on: date(s.signedOn) })),
        h('div', { className: 'sig-meta' },
          t('signatures.recorded', { by: s.signedBy, at: dateTime(s.signedAt) }), ' · ',
          h('a', { href: api.documentUrl(s.documentId), target: '_blank', rel: 'noopener' }, t('signatures.copy', { id: s.documentId }))))
        : h('div', { className: 'muted' }, t('signatures.pending')));
  }));
}
