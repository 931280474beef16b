import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { useLoad } from '../../hooks.js';
import { navigate } from '../../router.js';
import { taskName } from './TaskName.js';
import { Dialog } from '../common/Dialog.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { RemarkField, checkRemark } from '../common/RemarkField.js';

const POSITIONS = ['BEFORE', 'AFTER', 'WITH'];

/**
 * 加签/减签, 退回 and 委派 on the task page: the signers added to the task (with 减签 for the one who added them),
 * and the buttons that open the three small dialogs. {@code onChanged} reloads the task; a return leaves for the inbox.
 */
export function ApprovalActions({ task, me, onChanged }) {
  const onReturned = () => navigate('/inbox');
  const signers = useLoad(() => api.taskSigners(task.id), [task.id]);
  const [dialog, setDialog] = useState(null);
  const [problem, setProblem] = useState(null);
  const holds = !task.assignee || task.assignee === me.username;
  const decides = (task.form && JSON.stringify(task.form).indexOf('"key":"decision"') >= 0);
  // removed signers and those the step ended without are in the case history, not here
  const items = signers.data ? signers.data.items.filter((s) => s.state !== 'REMOVED' && s.state !== 'DROPPED') : [];
  const done = () => {
    setDialog(null);
    signers.reload();
    onChanged();
  };
  const remove = (username) => {
    setProblem(null);
    api.removeTaskSigner(task.id, username).then(done).catch(setProblem);
  };

  return h('div', { className: 'card approval-actions' },
    h('h2', null, t('approvals.title')),
    task.data && task.data.delegatedBy ? h('div', { className: 'notice notice-info' },
      t('approvals.entrustedBy', { who: task.data.delegatedBy })) : null,
    task.data && task.data.draftedBy ? h('div', { className: 'notice notice-info' },
      t('approvals.draftedBy', { who: task.data.draftedBy })) : null,
    items.length ? h('ul', { className: 'plain-list signer-list' }, items.map((s) => h('li', { key: s.username + s.position + s.state },
      h('span', { className: 'mono' }, s.username), ' · ', t('approvals.position.' + s.position), ' · ',
      h('span', { className: 'badge' }, t('approvals.state.' + s.state)),
      s.removable ? h('button', { type: 'button', className: 'btn btn-small btn-quiet remove-signer', onClick: () => remove(s.username) },
        t('approvals.remove')) : null))) : null,
    h(ErrorNotice, { error: problem || signers.error }),
    holds ? h('div', { className: 'button-row' },
      decides ? h('button', { type: 'button', className: 'btn btn-small add-signer-button', onClick: () => setDialog('signer') },
        t('approvals.addSigner')) : null,
      h('button', { type: 'button', className: 'btn btn-small return-button', onClick: () => setDialog('return') }, t('approvals.return')),
      h('button', { type: 'button', className: 'btn btn-small entrust-button', onClick: () => setDialog('entrust') },
        t('approvals.entrust'))) : null,
    dialog === 'signer' ? h(SignerDialog, { task, onClose: () => setDialog(null), onDone: done }) : null,
    dialog === 'entrust' ? h(EntrustDialog, { task, onClose: () => setDialog(null), onDone: done }) : null,
    dialog === 'return' ? h(ReturnDialog, { task, onClose: () => setDialog(null), onDone: onReturned }) : null);
}

function useSubmit(call, onDone) {
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const run = (found) => {
    setErrors(found);
    if (Object.keys(found).length) {
      return;
    }
    setBusy(true);
    setProblem(null);
    call().then(onDone).catch((err) => {
      setBusy(false);
      setErrors(err.fieldErrors || {});
      setProblem(err.fieldErrors && Object.keys(err.fieldErrors).length ? null : err);
    });
  };
  return { errors, problem, busy, run };
}

function UserField({ value, onChange, error, disabled }) {
  return h('div', { className: 'field' + (error ? ' has-error' : ''), 'data-field': 'username' },
    h('label', { className: 'field-label', htmlFor: 'f-signer' }, t('approvals.username'),
      h('span', { className: 'required', title: t('form.required') }, ' *')),
    h('input', { id: 'f-signer', name: 'username', className: 'input', value, disabled, onChange: (e) => onChange(e.target.value.trim()) }),
    h('div', { className: 'field-hint' }, t('approvals.usernameHint')),
    error ? h('div', { className: 'field-error', role: 'alert' }, error) : null);
}

function SignerDialog({ task, onClose, onDone }) {
  const [username, setUsername] = useState('');
  const [position, setPosition] = useState('AFTER');
  const [comment, setComment] = useState('');
  const form = useSubmit(() => api.addTaskSigner(task.id, username, position, comment.trim()), onDone);
  const submit = (e) => {
    e.preventDefault();
    const found = {};
    if (!username) {
      found.username = t('validation.required');
    }
    const remark = checkRemark(comment);
    if (remark) {
      found.comment = remark;
    }
    form.run(found);
  };
  return h(Dialog, { title: t('approvals.addSigner'), onClose },
    h('form', { className: 'form signer-form', onSubmit: submit, noValidate: true },
      h('p', { className: 'muted' }, t('approvals.signerLead')),
      h(UserField, { value: username, onChange: setUsername, error: form.errors.username, disabled: form.busy }),
      h('div', { className: 'field field-group', 'data-field': 'position' },
        h('div', { className: 'field-label' }, t('approvals.positionLabel')),
        h('div', { className: 'choices choices-column', role: 'radiogroup' }, POSITIONS.map((p) => h('label', {
          key: p, className: 'choice' + (position === p ? ' is-checked' : '') },
        h('input', { type: 'radio', name: 'position', value: p, checked: position === p, disabled: form.busy, onChange: () => setPosition(p) }),
        h('span', null, h('strong', null, t('approvals.position.' + p)), h('span', { className: 'cell-note' }, ' · ',
          t('approvals.positionHint.' + p)))))),
        form.errors.position ? h('div', { className: 'field-error', role: 'alert' }, form.errors.position) : null),
      h(RemarkField, { id: 'signerComment', label: t('approvals.comment'), value: comment, onChange: setComment,
        error: form.errors.comment, disabled: form.busy }),
      h(ErrorNotice, { error: form.problem }),
      h('div', { className: 'button-row' },
        h('button', { type: 'submit', className: 'btn btn-primary', disabled: form.busy }, t('approvals.addSignerSubmit')),
        h('button', { type: 'button', className: 'btn btn-quiet', onClick: onClose }, t('common.cancel')))));
}

function EntrustDialog({ task, onClose, onDone }) {
  const [username, setUsername] = useState('');
  const [comment, setComment] = useState('');
  const form = useSubmit(() => api.entrustTask(task.id, username, comment.trim()), onDone);
  const submit = (e) => {
    e.preventDefault();
    const found = {};
    if (!username) {
      found.username = t('validation.required');
    }
    const remark = checkRemark(comment);
    if (remark) {
      found.comment = remark;
    }
    form.run(found);
  };
  return h(Dialog, { title: t('approvals.entrust'), onClose },
    h('form', { className: 'form entrust-form', onSubmit: submit, noValidate: true },
      h('p', { className: 'muted' }, t('approvals.entrustLead')),
      h(UserField, { value: username, onChange: setUsername, error: form.errors.username, disabled: form.busy }),
      h(RemarkField, { id: 'entrustComment', label: t('approvals.comment'), value: comment, onChange: setComment,
        error: form.errors.comment, disabled: form.busy }),
      h(ErrorNotice, { error: form.problem }),
      h('div', { className: 'button-row' },
        h('button', { type: 'submit', className: 'btn btn-primary', disabled: form.busy }, t('approvals.entrustSubmit')),
        h('button', { type: 'button', className: 'btn btn-quiet', onClick: onClose }, t('common.cancel')))));
}

function ReturnDialog({ task, onClose, onDone }) {
  const targets = useLoad(() => api.returnTargets(task.id), [task.id]);
  const [target, setTarget] = useState('');
  const [comment, setComment] = useState('');
  const [resumeHere, setResumeHere] = useState(true);
  const form = useSubmit(() => api.returnTask(task.id, target, comment.trim(), resumeHere), onDone);
  const items = targets.data ? targets.data.items : [];
  const submit = (e) => {
    e.preventDefault();
    const found = {};
    if (!target) {
      found.target = t('approvals.chooseTarget');
    }
    const remark = checkRemark(comment, true);
    if (remark) {
      found.comment = remark;
    }
    form.run(found);
  };
  return h(Dialog, { title: t('approvals.return'), onClose },
    h('form', { className: 'form return-form', onSubmit: submit, noValidate: true },
      h('p', { className: 'muted' }, t('approvals.returnLead')),
      targets.loading && !targets.data ? h(Loading) : null,
      h(ErrorNotice, { error: targets.error }),
      targets.data && !items.length ? h('div', { className: 'notice notice-info' }, t('approvals.noTarget')) : null,
      items.length ? h('div', { className: 'field field-group' + (form.errors.target ? ' has-error' : ''), 'data-field': 'target' },
        h('div', { className: 'field-label' }, t('approvals.target'), h('span', { className: 'required', title: t('form.required') }, ' *')),
        h('div', { className: 'choices choices-column', role: 'radiogroup' }, items.map((s) => h('label', {
          key: s.target, className: 'choice' + (target === s.target ? ' is-checked' : '') + (s.funded ? ' is-disabled' : '') },
        h('input', { type: 'radio', name: 'target', value: s.target, checked: target === s.target, disabled: form.busy || s.funded,
          onChange: () => setTarget(s.target) }),
        h('span', null, h('strong', null, taskName(s.target, s.name)), s.by ? h('span', { className: 'cell-note' }, ' · ', s.by) : null,
          s.funded ? h('span', { className: 'cell-note' }, ' · ', t('approvals.funded')) : null)))),
        form.errors.target ? h('div', { className: 'field-error', role: 'alert' }, form.errors.target) : null) : null,
      h(RemarkField, { id: 'returnComment', label: t('approvals.returnComment'), value: comment, onChange: setComment, required: true,
        error: form.errors.comment, disabled: form.busy }),
      h('label', { className: 'choice' },
        h('input', { type: 'checkbox', name: 'resumeHere', checked: resumeHere, disabled: form.busy,
          onChange: (e) => setResumeHere(e.target.checked) }),
        h('span', null, t('approvals.resumeHere'))),
      h(ErrorNotice, { error: form.problem }),
      h('div', { className: 'button-row' },
        h('button', { type: 'submit', className: 'btn btn-primary', disabled: form.busy || !items.length }, t('approvals.returnSubmit')),
        h('button', { type: 'button', className: 'btn btn-quiet', onClick: onClose }, t('common.cancel')))));
}
