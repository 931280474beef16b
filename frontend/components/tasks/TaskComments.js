import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { dateTime } from '../../format.js';
import { useLoad } from '../../hooks.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { RemarkField, checkRemark } from '../common/RemarkField.js';

/** Remarks on an open task, oldest first; those who may act on it add theirs. */
export function TaskComments({ taskId, canWrite }) {
  const list = useLoad(() => api.taskComments(taskId, { size: 200 }), [taskId]);
  const [text, setText] = useState('');
  const [error, setError] = useState(null);
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const items = list.data ? list.data.items : [];

  const submit = (e) => {
    e.preventDefault();
    const found = checkRemark(text, true);
    setError(found);
    if (found) {
      return;
    }
    setBusy(true);
    setProblem(null);
    api.addTaskComment(taskId, text)
      .then(() => {
        setText('');
        list.reload();
      })
      .catch((err) => {
        setError(err.fieldErrors.text || null);
        setProblem(err.fieldErrors.text ? null : err);
      })
      .then(() => setBusy(false));
  };

  return h('div', { className: 'comments' },
    list.loading && !list.data ? h(Loading) : null,
    h(ErrorNotice, { error: list.error, onRetry: list.reload }),
    list.data && items.length === 0 ? h('p', { className: 'muted' }, t('comments.none')) : null,
    items.length ? h('ol', { className: 'comment-list' }, items.map((c) => h('li', { key: c.id, className: 'comment' },
      h('div', { className: 'comment-meta' }, h('strong', null, c.authorName || c.author), ' · ', dateTime(c.at)),
      h('div', { className: 'comment-text' }, c.text)))) : null,
    canWrite ? h('form', { className: 'form comment-form', onSubmit: submit, noValidate: true },
      h(RemarkField, {
        id: 'commentText', label: t('comments.label'), value: text, onChange: setText, error, disabled: busy,
        hint: t('comments.hint'), required: true, rows: 2,
      }),
      h(ErrorNotice, { error: problem }),
      h('div', null, h('button', { type: 'submit', className: 'btn btn-small', disabled: busy },
        busy ? t('comments.busy') : t('comments.submit')))) : null);
}
