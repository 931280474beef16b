import { h } from '../../html.js';
import { tEnum } from '../../i18n/index.js';

const TONES = {
  UNDER_REVIEW: 'info', SUBMITTED: 'info', SIGNING: 'warn', COMPLETION_REVIEW: 'warn',
  ACTIVE: 'ok', APPROVED: 'ok', IN_PROGRESS: 'ok', CLOSED: 'muted',
  REJECTED: 'bad', FAILED: 'bad', WITHDRAWN: 'muted',
};

/** A status in plain words with a calm colour. */
export function StatusBadge({ status }) {
  if (!status) {
    return null;
  }
  return h('span', { className: 'badge badge-' + (TONES[status] || 'muted') }, tEnum('status', status));
}
