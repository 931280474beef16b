import { h } from '../../html.js';
import * as api from '../../api.js';
import { t, tEnum } from '../../i18n/index.js';
import { dateTime } from '../../format.js';
import { ListPage, useListing } from '../common/ListPage.js';

const STATUSES = ['FAILED', 'PENDING', 'SENT'];
const BADGE = { FAILED: 'badge-bad', PENDING: 'badge-warn', SENT: 'badge-ok' };

/**
 * 通知发送记录 (#/admin/outbox, administrators): the messages to e-mail and the group robots, newest first, the ones
 * that failed for good unless another status (or all) is chosen.
 */
export function OutboxPage({ query }) {
  const listing = useListing('/admin/outbox', query, ['status'], ({ status }, paging) => api.outbox({
    status: status === 'ALL' ? undefined : status || 'FAILED', ...paging,
  }));
  return h(ListPage, {
    listing,
    title: t('outbox.title'),
    lead: t('outbox.lead'),
    filters: [{
      name: 'status', label: t('outbox.status'), fallback: 'FAILED',
      options: STATUSES.map((s) => ({ value: s, label: tEnum('outboxStatus', s) })).concat({ value: 'ALL', label: t('common.all') }),
    }],
    empty: t('outbox.empty'),
    tableClass: 'table outbox-table',
    columns: [
      { head: t('outbox.channel'), cellClass: 'nowrap', cell: (m) => tEnum('channel', m.channel) },
      { head: t('outbox.recipient'), cell: (m) => h('span', { className: 'mono' }, m.recipient) },
      { head: t('outbox.kind'), cellClass: 'nowrap', cell: (m) => tEnum('kind', m.kind) },
      {
        head: t('outbox.subject'), className: 'outbox-subject',
        cell: (m) => [h('div', { key: 's' }, m.subject), h('div', { key: 'd', className: 'cell-note mono' }, m.deliveryId)],
      },
      { head: t('outbox.status'), cell: (m) => h('span', { className: 'badge ' + (BADGE[m.status] || 'badge-info') }, tEnum('outboxStatus', m.status)) },
      { head: t('outbox.attempts'), className: 'num', cell: (m) => m.attempts },
      { head: t('outbox.lastError'), className: 'outbox-error', cell: (m) => m.lastError || '' },
      { head: t('outbox.created'), cellClass: 'nowrap', cell: (m) => dateTime(m.createdAt) },
      { head: t('outbox.sent'), cellClass: 'nowrap', cell: (m) => (m.sentAt ? dateTime(m.sentAt) : '—') },
    ],
    row: (m) => ({ key: m.id, 'data-status': m.status, 'data-delivery': m.deliveryId }),
  });
}
