import { h, useState, Fragment } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { useUnions } from '../../hooks.js';
import { holderText } from '../../groups.js';
import { Dialog } from '../common/Dialog.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { RemarkField, checkRemark } from '../common/RemarkField.js';
import { taskName } from './TaskName.js';

/** 催办: for someone waiting on a task they do not hold; the holder is notified. Once an hour per task. */
export function RemindButton({ task }) {
  const unions = useUnions();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [error, setError] = useState(null);
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);

  const close = () => {
    setOpen(false);
    setProblem(null);
    setError(null);
  };

  const submit = (e) => {
    e.preventDefault();
    const remark = checkRemark(comment);
    setError(remark);
    if (remark) {
      return;
    }
    setBusy(true);
    setProblem(null);
    api.remindTask(task.id, comment.trim())
      .then(() => {
        setSent(true);
        setOpen(false);
      })
      .catch((err) => {
        setError(err.fieldErrors.comment || null);
        setProblem(err.fieldErrors.comment ? null : err);
      })
      .then(() => setBusy(false));
  };

  return h(Fragment, null,
    sent ? h('span', { className: 'badge badge-ok remind-sent', role: 'status' }, '✓ ', t('remind.sent'))
      : h('button', { type: 'button', className: 'btn btn-small remind-button', onClick: () => setOpen(true) }, t('remind.button')),
    open ? h(Dialog, { title: t('remind.title'), onClose: close },
      h('form', { className: 'form', onSubmit: submit, noValidate: true },
        h('p', null, t('remind.lead', { holder: holderText(task, unions), task: taskName(task.taskKey, task.name) })),
        h(RemarkField, { id: 'remindComment', label: t('remind.comment'), value: comment, onChange: setComment, error, disabled: busy }),
        h(ErrorNotice, { error: problem }),
        h('div', { className: 'button-row' },
          h('button', { type: 'submit', className: 'btn btn-primary', disabled: busy }, busy ? t('remind.busy') : t('remind.submit')),
          h('button', { type: 'button', className: 'btn btn-quiet', onClick: close }, t('common.cancel'))))) : null);
}
