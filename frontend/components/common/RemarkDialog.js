import { h, useState } from '../../html.js';
import { t } from '../../i18n/index.js';
import { Dialog } from './Dialog.js';
import { ErrorNotice } from './ErrorNotice.js';
import { RemarkField, checkRemark } from './RemarkField.js';

/**
 * A dialog that sends one step with an optional remark (a reason, a note): `lead` above the field, `send(remark)`
 * answering a promise, `onSent` once it went through. The server's error on `comment` shows at the field.
 */
export function RemarkDialog({ title, lead, fieldId, label, send, onSent, onClose, action }) {
  const [remark, setRemark] = useState('');
  const [error, setError] = useState(null);
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);

  const submit = (e) => {
    e.preventDefault();
    const found = checkRemark(remark);
    setError(found);
    if (found) {
      return;
    }
    setBusy(true);
    setProblem(null);
    send(remark.trim())
      .then(onSent)
      .catch((err) => {
        setBusy(false);
        setError(err.fieldErrors.comment || null);
        setProblem(err.fieldErrors.comment ? null : err);
      });
  };

  return h(Dialog, { title, onClose },
    h('form', { className: 'form', onSubmit: submit, noValidate: true },
      lead,
      h(RemarkField, { id: fieldId, label, value: remark, onChange: setRemark, error, disabled: busy }),
      h(ErrorNotice, { error: problem }),
      h('div', { className: 'button-row' },
        h('button', { type: 'submit', className: action.className, disabled: busy }, busy ? action.busy : action.label),
        h('button', { type: 'button', className: 'btn btn-quiet', onClick: onClose }, t('common.cancel')))));
}
