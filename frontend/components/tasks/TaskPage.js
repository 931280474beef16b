import { h, useState, useEffect } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { dateTime } from '../../format.js';
import { useLoad } from '../../hooks.js';
import { href } from '../../router.js';
import { useSession } from '../../session.js';
import { initialValues, validateAll, validateField, toPayload, fieldsOf, firstErrorKey } from '../../forms.js';
import { taskName } from './TaskName.js';
import { DueDate } from '../common/DueDate.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { TaskForm } from './TaskForm.js';
import { TaskContext } from './TaskContext.js';
import { ProcessDiagram } from './ProcessDiagram.js';
import { Section } from '../common/Section.js';
import { TranchePlanEditor, checkTranches, tranchesPayload } from '../project/TranchePlanEditor.js';
import { DelegateDialog } from './DelegateDialog.js';
import { TaskComments } from './TaskComments.js';
import { NotFound } from '../common/NotFound.js';

const WITH_TRANCHE_PLAN = ['reviseProposal'];

function initialTranches(data) {
  const given = (data && data.values && data.values.tranches) || (data && data.project && data.project.tranches) || [];
  const rows = given.map((tr) => ({ amount: tr.amount === undefined || tr.amount === null ? '' : String(tr.amount), plannedOn: tr.plannedOn || '' }));
  return rows.length ? rows : [{ amount: '', plannedOn: '' }];
}

/** One task: its form on the left, what it is about and where it stands in the process on the right. */
export function TaskPage({ id }) {
  const me = useSession();
  const loaded = useLoad(() => api.task(id), [id]);
  const [values, setValues] = useState(null);
  const [tranches, setTranches] = useState(null);
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [claimError, setClaimError] = useState(null);
  const [claiming, setClaiming] = useState(false);
  const [delegating, setDelegating] = useState(false);
  const [delegatedTo, setDelegatedTo] = useState(null);

  const task = loaded.data;
  useEffect(() => {
    if (task && values === null) {
      setValues(initialValues(task.form, task.data && task.data.values));
      setTranches(initialTranches(task.data));
    }
  }, [task]); // eslint-disable-line react-hooks/exhaustive-deps

  if (loaded.loading && !task) {
    return h(Loading);
  }
  if (loaded.error) {
    return h('div', { className: 'page' },
      h('p', null, h('a', { href: href('/inbox') }, '← ', t('task.backToInbox'))),
      loaded.error.status === 404 ? h(NotFound, { text: t('notFound.task') })
        : h(ErrorNotice, { error: loaded.error, onRetry: loaded.reload }));
  }
  if (!task || values === null) {
    return h(Loading);
  }

  const withPlan = WITH_TRANCHE_PLAN.includes(task.taskKey);
  const subject = task.projectId ? { projectId: task.projectId } : { agreementId: task.agreementId };
  const heldByOther = task.assignee && task.assignee !== me.username;

  const change = (key, value) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (errors[key]) {
      const component = fieldsOf(task.form).find((c) => c.key === key);
      const message = component ? validateField(component, value) : null;
      setErrors((e) => {
        const next = { ...e };
        if (message) {
          next[key] = message;
        } else {
          delete next[key];
        }
        return next;
      });
    }
  };

  const blur = (key) => {
    const component = fieldsOf(task.form).find((c) => c.key === key);
    const message = component ? validateField(component, values[key]) : null;
    if (message) {
      setErrors((e) => ({ ...e, [key]: message }));
    }
  };

  const changeTranches = (rows) => {
    setTranches(rows);
    if (errors.tranches) {
      setErrors((e) => ({ ...e, tranches: undefined }));
    }
  };

  const focusField = (key) => {
    window.setTimeout(() => {
      const el = document.querySelector('[data-field="' + key + '"] input, [data-field="' + key + '"] textarea, [data-field="' + key + '"] select');
      if (el) {
        el.focus();
      }
    }, 0);
  };

  const submit = (e) => {
    e.preventDefault();
    const clientErrors = validateAll(task.form, values);
    const resubmitting = values.action === undefined || values.action === 'RESUBMIT';
    if (withPlan && resubmitting) {
      const planError = checkTranches(tranches, values.budget);
      if (planError) {
        clientErrors.tranches = planError;
      }
    }
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length) {
      setProblem({ detail: t('form.fixErrors') });
      focusField(firstErrorKey(task.form, clientErrors));
      return;
    }
    const body = toPayload(task.form, values);
    if (withPlan && resubmitting) {
      body.tranches = tranchesPayload(tranches);
    }
    setBusy(true);
    setProblem(null);
    api.completeTask(task.id, body)
      .then(() => setDone(true))
      .catch((err) => {
        const known = new Set(fieldsOf(task.form).map((c) => c.key).concat(withPlan ? ['tranches'] : []));
        const fieldErrors = {};
        const others = [];
        for (const fe of err.errors) {
          const base = String(fe.field || '').replace(/\[.*$/, '');
          if (known.has(fe.field) || known.has(base)) {
            fieldErrors[fe.field] = fieldErrors[fe.field] ? fieldErrors[fe.field] + ' ' + fe.message : fe.message;
          } else {
            others.push((fe.field ? fe.field + ': ' : '') + fe.message);
          }
        }
        setErrors(fieldErrors);
        setProblem({
          title: err.title,
          detail: Object.keys(fieldErrors).length && !others.length ? t('form.serverFieldErrors') : (others.join('; ') || err.detail || err.message),
          status: err.status,
        });
        if (Object.keys(fieldErrors).length) {
          focusField(Object.keys(fieldErrors)[0].replace(/\[.*$/, ''));
        }
      })
      .then(() => setBusy(false));
  };

  const claim = () => {
    setClaiming(true);
    setClaimError(null);
    api.claimTask(task.id).then(() => loaded.reload()).catch(setClaimError).then(() => setClaiming(false));
  };

  const name = taskName(task.taskKey, task.name);

  if (done) {
    const a = task.data && task.data.agreement;
    const p = task.data && task.data.project;
    return h('div', { className: 'page' },
      h('section', { className: 'card done-card', role: 'status' },
        h('div', { className: 'done-mark', 'aria-hidden': 'true' }, '✓'),
        h('h1', null, t('task.doneTitle')),
        h('p', null, t('task.doneText', { task: name, key: task.businessKey || '' })),
        h('div', { className: 'button-row' },
          h('a', { className: 'btn btn-primary', href: href('/inbox') }, t('task.backToInbox')),
          p ? h('a', { className: 'btn', href: href('/projects/' + p.id) }, t('task.viewProject')) : null,
          a && !p ? h('a', { className: 'btn', href: href('/agreements/' + a.id) }, t('task.viewAgreement')) : null)));
  }

  if (delegatedTo) {
    return h('div', { className: 'page' },
      h('section', { className: 'card done-card', role: 'status' },
        h('div', { className: 'done-mark', 'aria-hidden': 'true' }, '→'),
        h('h1', null, t('delegate.doneTitle')),
        h('p', null, t('delegate.doneText', { task: name, key: task.businessKey || '', who: delegatedTo.displayName || delegatedTo.username || '' })),
        h('div', { className: 'button-row' },
          h('a', { className: 'btn btn-primary', href: href('/inbox') }, t('task.backToInbox')))));
  }

  return h('div', { className: 'page' },
    h('p', { className: 'crumbs' }, h('a', { href: href('/inbox') }, '← ', t('task.backToInbox'))),
    h('div', { className: 'page-head' },
      h('div', null,
        h('h1', null, name),
        h('div', { className: 'page-sub' },
          h('span', { className: 'mono' }, task.businessKey), ' · ', t('process.' + task.processKey),
          ' · ', t('task.created', { at: dateTime(task.created) }))),
      h('div', { className: 'page-head-side' },
        h('div', null, t('task.due'), ' ', h(DueDate, { due: task.due, overdue: task.overdue })),
        h('div', { className: 'assignee' },
          task.assignee
            ? (task.assignee === me.username ? h('span', { className: 'badge badge-ok' }, t('inbox.assignedToMe'))
              : h('span', { className: 'badge badge-warn' }, t('task.heldBy', { who: task.assignee })))
            : h('button', { type: 'button', className: 'btn btn-small', onClick: claim, disabled: claiming },
              claiming ? t('inbox.claiming') : t('inbox.claim')),
          heldByOther ? null : h('button', { type: 'button', className: 'btn btn-small delegate-button', onClick: () => setDelegating(true) },
            t('delegate.button'))))),
    h(ErrorNotice, { error: claimError }),
    delegating ? h(DelegateDialog, {
      task, onClose: () => setDelegating(false),
      onDelegated: (colleague) => {
        setDelegating(false);
        setDelegatedTo(colleague || {});
      },
    }) : null,
    h('div', { className: 'task-layout' },
      h('div', { className: 'task-main' },
        h('form', { className: 'card task-form', onSubmit: submit, noValidate: true },
          h('h2', null, t('task.formTitle')),
          heldByOther ? h('div', { className: 'notice notice-info' }, t('task.heldByOtherNote', { who: task.assignee })) : null,
          h(TaskForm, {
            form: task.form, values, errors, onChange: change, onBlur: blur, subject, disabled: busy || heldByOther,
            after: withPlan && (values.action === undefined || values.action !== 'WITHDRAW') ? h(TranchePlanEditor, {
              rows: tranches, onChange: changeTranches, budget: values.budget, errors, disabled: busy || heldByOther,
            }) : null,
          }),
          problem ? h('div', { className: 'notice notice-error', role: 'alert' },
            problem.title ? h('strong', null, problem.title + ' ') : null, problem.detail) : null,
          h('div', { className: 'button-row' },
            h('button', { type: 'submit', className: 'btn btn-primary', disabled: busy || heldByOther },
              busy ? t('task.submitting') : t('task.submit')),
            h('a', { className: 'btn btn-quiet', href: href('/inbox') }, t('common.cancel')))),
        h(Section, { title: t('comments.title'), className: 'comments-card' },
          h(TaskComments, { taskId: task.id, canWrite: true })),
        h(Section, { title: t('diagram.title'), className: 'diagram-card' },
          h(ProcessDiagram, { taskId: task.id, taskKey: task.taskKey }))),
      h('aside', { className: 'task-side' }, h(TaskContext, { data: task.data }))));
}
