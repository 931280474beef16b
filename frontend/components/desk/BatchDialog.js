import { h, useState, useEffect } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { useLoad } from '../../hooks.js';
import { initialValues, validateAll, validateField, toPayload } from '../../forms.js';
import { taskName } from '../tasks/TaskName.js';
import { TaskForm } from '../tasks/TaskForm.js';
import { Dialog } from '../common/Dialog.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';

/**
 * 批量审批: one filling-in of the tasks' shared form, sent for every selected task; the server checks and completes
 * each on its own, and the dialog then lists what became of each (done, or refused with the reason).
 */
export function BatchDialog({ tasks, onClose, onDone }) {
  const first = useLoad(() => api.task(tasks[0].id), [tasks[0].id]);
  const form = first.data && first.data.form;
  const [values, setValues] = useState(null);
  const [errors, setErrors] = useState({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(null);
  const [results, setResults] = useState(null);
  useEffect(() => {
    if (form && values === null) {
      setValues(initialValues(form, {}));
    }
  }, [form]); // eslint-disable-line react-hooks/exhaustive-deps

  const change = (key, value) => setValues((v) => ({ ...v, [key]: value }));
  const blur = (key) => {
    const c = (form.components || []).find((x) => x.key === key);
    if (c) {
      setErrors((e) => ({ ...e, [key]: validateField(c, values[key]) }));
    }
  };
  const submit = (e) => {
    e.preventDefault();
    const found = validateAll(form, values);
    setErrors(found);
    if (Object.values(found).some(Boolean)) {
      return;
    }
    setBusy(true);
    setProblem(null);
    api.batchComplete(tasks.map((x) => x.id), toPayload(form, values))
      .then((answer) => {
        setResults(answer);
        onDone();
      })
      .catch(setProblem)
      .then(() => setBusy(false));
  };
  const byId = Object.fromEntries(tasks.map((x) => [x.id, x]));

  return h(Dialog, { title: t('batch.title', { n: tasks.length }), onClose, className: 'dialog-wide batch-dialog' },
    results ? h('div', null,
      h('p', null, t('batch.summary', {
        done: results.filter((r) => r.status === 'DONE').length, refused: results.filter((r) => r.status !== 'DONE').length,
      })),
      h('ul', { className: 'plain-list batch-results' }, results.map((r) => h('li', {
        key: r.taskId, className: 'batch-result ' + (r.status === 'DONE' ? 'is-done' : 'is-refused'), 'data-status': r.status,
      },
      h('span', { className: 'badge badge-' + (r.status === 'DONE' ? 'ok' : 'bad') }, t('batch.status.' + r.status)), ' ',
      h('span', { className: 'mono' }, byId[r.taskId] ? byId[r.taskId].businessKey : r.taskId),
      r.reason ? h('div', { className: 'cell-note' }, r.reason) : null))),
      h('div', { className: 'button-row' }, h('button', { type: 'button', className: 'btn btn-primary', onClick: onClose }, t('common.close'))))
      : h('form', { className: 'form', onSubmit: submit, noValidate: true },
        h('p', { className: 'muted' }, t('batch.lead', { task: taskName(tasks[0].taskKey, tasks[0].name) })),
        h('ul', { className: 'plain-list batch-cases' }, tasks.map((x) => h('li', { key: x.id, className: 'mono' }, x.businessKey))),
        first.loading && !first.data ? h(Loading) : null,
        h(ErrorNotice, { error: first.error }),
        form && values ? h(TaskForm, { form, values, errors, onChange: change, onBlur: blur, subject: {}, disabled: busy }) : null,
        h(ErrorNotice, { error: problem }),
        h('div', { className: 'button-row' },
          h('button', { type: 'submit', className: 'btn btn-primary batch-submit', disabled: busy || !values },
            busy ? t('batch.busy') : t('batch.submit', { n: tasks.length })),
          h('button', { type: 'button', className: 'btn btn-quiet', onClick: onClose }, t('common.cancel')))));
}
