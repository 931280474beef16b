import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { dateTime } from '../../format.js';
import { useLoad } from '../../hooks.js';
import { href } from '../../router.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Loading } from '../common/Loading.js';
import { Section } from '../common/Section.js';
import { Facts } from '../common/Facts.js';

const short = (hash) => (hash ? hash.substring(0, 16) + '…' : '—');
const who = (run) => run.checkedByName || (run.checkedBy === 'system' ? t('ledger.system') : run.checkedBy);

/**
 * The fund ledger's integrity for auditors and administrators: the last verification (when, by
 * whom, how many entries, the chain's head), a button that verifies it again now, and earlier runs.
 */
export function LedgerStatus() {
  const runs = useLoad(() => api.ledgerVerifications({ size: 5 }), []);
  const [verifying, setVerifying] = useState({ busy: false, error: null });

  const verify = () => {
    setVerifying({ busy: true, error: null });
    api.verifyLedger()
      .then(() => setVerifying({ busy: false, error: null }))
      .catch((error) => setVerifying({ busy: false, error }))
      .then(runs.reload);
  };

  const items = runs.data ? runs.data.items || [] : [];
  const last = items[0];
  const button = h('button', { type: 'button', className: 'btn btn-primary btn-small verify-now', onClick: verify, disabled: verifying.busy },
    verifying.busy ? t('ledger.verifying') : t('ledger.verifyNow'));

  return h(Section, { title: t('ledger.title'), actions: button, className: 'ledger-status' },
    verifying.error ? h(ErrorNotice, { error: verifying.error }) : null,
    runs.error ? h(ErrorNotice, { error: runs.error, onRetry: runs.reload }) : null,
    runs.loading && !runs.data ? h(Loading) : null,
    runs.data && !last ? h('p', { className: 'ledger-verdict muted', 'data-state': 'never' }, t('ledger.never')) : null,
    last ? h('div', { className: 'ledger-verdict ' + (last.ok ? 'is-ok' : 'is-bad'), 'data-state': last.ok ? 'ok' : 'bad', role: 'status' },
      h('div', { className: 'ledger-verdict-head' },
        h('span', { className: 'ledger-mark', 'aria-hidden': 'true' }, last.ok ? '✓' : '✗'),
        h('strong', null, last.ok ? t('ledger.ok') : t('ledger.bad'))),
      h('p', null, last.ok
        ? t('ledger.okDetail', { entries: last.entries, projects: last.projects })
        : t('ledger.badDetail', { seq: last.firstBadSeq ?? '—', entries: last.entries }),
        !last.ok && last.firstBadProjectId ? h('a', { className: 'btn-link', href: href('/audit', { project: last.firstBadProjectId }) },
          t('ledger.openBad')) : null),
      h(Facts, { rows: [
        [t('ledger.checkedAt'), dateTime(last.checkedAt)],
        [t('ledger.checkedBy'), who(last)],
        [t('ledger.took'), t('ledger.millis', { ms: last.millis })],
        [t('ledger.head'), h('span', { className: 'mono', title: last.head || '' }, short(last.head))],
      ] })) : null,
    items.length > 1 ? h('details', { className: 'ledger-history' },
      h('summary', null, t('ledger.earlier', { n: items.length - 1 })),
      h('table', { className: 'table table-compact' },
        h('thead', null, h('tr', null,
          h('th', null, t('ledger.checkedAt')), h('th', null, t('ledger.result')), h('th', { className: 'num' }, t('ledger.entries')),
          h('th', null, t('ledger.checkedBy')), h('th', null, t('ledger.head')))),
        h('tbody', null, items.slice(1).map((r) => h('tr', { key: r.id },
          h('td', { className: 'nowrap' }, dateTime(r.checkedAt)),
          h('td', null, h('span', { className: 'badge ' + (r.ok ? 'badge-ok' : 'badge-bad') }, r.ok ? t('ledger.okShort') : t('ledger.badShort'))),
          h('td', { className: 'num' }, r.entries),
          h('td', null, who(r)),
          h('td', { className: 'mono', title: r.head || '' }, short(r.head))))))) : null);
}
