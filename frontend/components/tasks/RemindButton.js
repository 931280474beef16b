import { h, useState, Fragment } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { useUnions } from '../../hooks.js';
import { holderText } from '../../groups.js';
import { RemarkDialog } from '../common/RemarkDialog.js';
import { taskName } from './TaskName.js';

/** 催办: for someone waiting on a task they do not hold; the holder is notified. Once an hour per task. */
export function RemindButton({ task }) {
  const unions = useUnions();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  return h(Fragment, null,
    sent ? h('span', { className: 'badge badge-ok remind-sent', role: 'status' }, '✓ ', t('remind.sent'))
      : h('button', { type: 'button', className: 'btn btn-small remind-button', onClick: () => setOpen(true) }, t('remind.button')),
    open ? h(RemarkDialog, {
      title: t('remind.title'),
      lead: h('p', null, t('remind.lead', { holder: holderText(task, unions), task: taskName(task.taskKey, task.name) })),
      fieldId: 'remindComment', label: t('remind.comment'),
      send: (comment) => api.remindTask(task.id, comment),
      onSent: () => {
        setSent(true);
        setOpen(false);
      },
      onClose: () => setOpen(false),
      action: { className: 'btn btn-primary', label: t('remind.submit'), busy: t('remind.busy') },
    }) : null);
}
