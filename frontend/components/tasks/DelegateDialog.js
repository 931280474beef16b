import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { useLoad, useUnions } from '../../hooks.js';
import { groupName } from '../../groups.js';
import { Dialog } from '../common/Dialog.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { RemarkField, checkRemark } from '../common/RemarkField.js';

/** 转办: picks a colleague of the task's own group (same union, same role) and hands the task to them. */
export function DelegateDialog({ task, onClose, onDelegated }) {
  const colleagues = useLoad(() => api.taskDelegates(task.id), [task.id]);
  const unions = useUnions();
  const [to, setTo] = useState('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const items = colleagues.data ? colleagues.data.items : [];

  const submit = (e) => {
    e.preventDefault();
    const found = {};
    if (!to) {
      found.to = t('delegate.chooseOne');
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
    api.delegateTask(task.id, to, comment.trim())
      .then(() => onDelegated(items.find((c) => c.username === to)))
      .catch((err) => {
        setBusy(false);
        setErrors(err.fieldErrors);
        setProblem(Object.keys(err.fieldErrors).length ? null : err);
      });
  };

  return h(Dialog, { title: t('delegate.title'), onClose },
    h('form', { className: 'form', onSubmit: submit, noValidate: true },
      h('p', { className: 'muted' }, t('delegate.lead')),
      colleagues.loading && !colleagues.data ? h(Loading) : null,
      h(ErrorNotice, { error: colleagues.error }),
      colleagues.data && items.length === 0 ? h('div', { className: 'notice notice-info' }, t('delegate.noColleague')) : null,
      items.length ? h('div', { className: 'field field-group' + (errors.to ? ' has-error' : ''), 'data-field': 'to' },
        h('div', { className: 'field-label', id: 'delegate-to-label' }, t('delegate.to'),
          h('span', { className: 'required', title: t('form.required') }, ' *')),
        h('div', { className: 'choices choices-column', role: 'radiogroup', 'aria-labelledby': 'delegate-to-label' },
          items.map((c) => h('label', { key: c.username, className: 'choice' + (to === c.username ? ' is-checked' : '') },
            h('input', {
              type: 'radio', name: 'to', value: c.username, checked: to === c.username, disabled: busy,
              onChange: () => setTo(c.username),
            }),
            h('span', null, h('strong', null, c.displayName), ' ', h('span', { className: 'mono muted' }, c.username),
              h('span', { className: 'cell-note' }, ' · ', groupName(c.group, unions)))))),
        errors.to ? h('div', { className: 'field-error', role: 'alert' }, errors.to) : null) : null,
      items.length ? h(RemarkField, {
        id: 'delegateComment', label: t('delegate.comment'), value: comment, onChange: setComment,
        error: errors.comment, disabled: busy,
      }) : null,
      h(ErrorNotice, { error: problem }),
      h('div', { className: 'button-row' },
        h('button', { type: 'submit', className: 'btn btn-primary', disabled: busy || !items.length },
          busy ? t('delegate.busy') : t('delegate.submit')),
        h('button', { type: 'button', className: 'btn btn-quiet', onClick: onClose }, t('common.cancel')))));
}
