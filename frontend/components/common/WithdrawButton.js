import { h, useState, Fragment } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { Dialog } from './Dialog.js';
import { ErrorNotice } from './ErrorNotice.js';
import { RemarkField, checkRemark } from './RemarkField.js';

/** 撤回: the donor proposer takes an agreement or proposal back before its first approval, after confirming. */
export function WithdrawButton({ kind, id, onWithdrawn }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState(null);
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setOpen(false);
    setProblem(null);
  };

  const submit = (e) => {
    e.preventDefault();
    const remark = checkRemark(reason);
    setError(remark);
    if (remark) {
      return;
    }
    setBusy(true);
    setProblem(null);
    (kind === 'project' ? api.withdrawProject : api.withdrawAgreement)(id, reason.trim())
      .then(() => {
        setOpen(false);
        onWithdrawn();
      })
      .catch((err) => {
        setBusy(false);
        setError(err.fieldErrors.comment || null);
        setProblem(err.fieldErrors.comment ? null : err);
      });
  };

  return h(Fragment, null,
    h('button', { type: 'button', className: 'btn btn-small btn-danger withdraw-button', onClick: () => setOpen(true) }, t('withdraw.button')),
    open ? h(Dialog, { title: t(kind === 'project' ? 'withdraw.projectTitle' : 'withdraw.agreementTitle'), onClose: close },
      h('form', { className: 'form', onSubmit: submit, noValidate: true },
        h('div', { className: 'notice notice-warn' }, t(kind === 'project' ? 'withdraw.projectText' : 'withdraw.agreementText')),
        h(RemarkField, { id: 'withdrawReason', label: t('withdraw.reason'), value: reason, onChange: setReason, error, disabled: busy }),
        h(ErrorNotice, { error: problem }),
        h('div', { className: 'button-row' },
          h('button', { type: 'submit', className: 'btn btn-danger-solid', disabled: busy }, busy ? t('withdraw.busy') : t('withdraw.confirm')),
          h('button', { type: 'button', className: 'btn btn-quiet', onClick: close }, t('common.cancel'))))) : null);
}
