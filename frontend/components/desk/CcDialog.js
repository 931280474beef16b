import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { Dialog } from '../common/Dialog.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { RemarkField, checkRemark } from '../common/RemarkField.js';

/** 抄送: names colleagues (user names, comma separated) to copy on the case of this task, with an optional note. */
export function CcDialog({ taskId, onClose, onCopied }) {
  const [names, setNames] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);

  const submit = (e) => {
    e.preventDefault();
    const usernames = names.split(/[\s,，、;；]+/).map((x) => x.trim()).filter(Boolean);
    const found = {};
    if (!usernames.length) {
      found.usernames = t('validation.required');
    }
    const remark = checkRemark(comment);
    if (remark) {
      found.comment = remark;
    }
    setErrors(found);
    if (Object.keys(found).length) {
      return;
    }
    setBusy(true);
    setProblem(null);
    api.copyCase(taskId, usernames, comment.trim())
      .then(() => onCopied(usernames))
      .catch((err) => {
        setBusy(false);
        setErrors(err.fieldErrors);
        setProblem(Object.keys(err.fieldErrors).length ? null : err);
      });
  };

  return h(Dialog, { title: t('cc.dialogTitle'), onClose },
    h('form', { className: 'form cc-form', onSubmit: submit, noValidate: true },
      h('p', { className: 'muted' }, t('cc.dialogLead')),
      h('div', { className: 'field' + (errors.usernames ? ' has-error' : ''), 'data-field': 'usernames' },
        h('label', { className: 'field-label', htmlFor: 'f-cc-usernames' }, t('cc.usernames'),
          h('span', { className: 'required', title: t('form.required') }, ' *')),
        h('input', {
          id: 'f-cc-usernames', name: 'usernames', className: 'input', value: names, disabled: busy,
          placeholder: 'bj.finance, xj-ht.officer', onChange: (e) => setNames(e.target.value),
        }),
        errors.usernames ? h('div', { className: 'field-error', role: 'alert' }, errors.usernames) : null),
      h(RemarkField, { id: 'ccComment', label: t('cc.comment'), value: comment, onChange: setComment, error: errors.comment, disabled: busy }),
      h(ErrorNotice, { error: problem }),
      h('div', { className: 'button-row' },
        h('button', { type: 'submit', className: 'btn btn-primary cc-submit', disabled: busy }, busy ? t('cc.busy') : t('cc.submit')),
        h('button', { type: 'button', className: 'btn btn-quiet', onClick: onClose }, t('common.cancel')))));
}

/** The 抄送 button with its dialog and a line saying who was copied. */
export function CcButton({ taskId }) {
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(null);
  return h('span', { className: 'cc-button-wrap' },
    h('button', { type: 'button', className: 'btn btn-small cc-button', onClick: () => setOpen(true) }, t('cc.button')),
    copied ? h('span', { className: 'cell-note cc-copied', role: 'status' }, ' ', t('cc.copied', { who: copied.join(t('common.listSeparator')) })) : null,
    open ? h(CcDialog, { taskId, onClose: () => setOpen(false), onCopied: (who) => { setOpen(false); setCopied(who); } }) : null);
}
