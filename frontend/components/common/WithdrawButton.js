import { h, useState, Fragment } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { RemarkDialog } from './RemarkDialog.js';

/** 撤回: the donor proposer takes an agreement or proposal back before its first approval, after confirming. */
export function WithdrawButton({ kind, id, onWithdrawn }) {
  const [open, setOpen] = useState(false);
  const what = kind === 'project' ? 'project' : 'agreement';
  return h(Fragment, null,
    h('button', { type: 'button', className: 'btn btn-small btn-danger withdraw-button', onClick: () => setOpen(true) }, t('withdraw.button')),
    open ? h(RemarkDialog, {
      title: t('withdraw.' + what + 'Title'),
      lead: h('div', { className: 'notice notice-warn' }, t('withdraw.' + what + 'Text')),
      fieldId: 'withdrawReason', label: t('withdraw.reason'),
      send: (reason) => (kind === 'project' ? api.withdrawProject : api.withdrawAgreement)(id, reason),
      onSent: () => {
        setOpen(false);
        onWithdrawn();
      },
      onClose: () => setOpen(false),
      action: { className: 'btn btn-danger-solid', label: t('withdraw.confirm'), busy: t('withdraw.busy') },
    }) : null);
}
