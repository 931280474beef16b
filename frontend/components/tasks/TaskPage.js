import { h, Fragment, useState } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { useLoad } from '../../hooks.js';
import { href } from '../../router.js';
import { useSession } from '../../session.js';
import { taskName } from './TaskName.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { NotFound } from '../common/NotFound.js';
import { Section } from '../common/Section.js';
import { SubmitProblem } from '../common/SubmitProblem.js';
import { TaskForm } from './TaskForm.js';
import { TaskContext } from './TaskContext.js';
import { TaskHead } from './TaskHead.js';
import { TaskOutcome } from './TaskOutcome.js';
import { ProcessDiagram } from './ProcessDiagram.js';
import { DelegateDialog } from './DelegateDialog.js';
import { ApprovalActions } from './ApprovalActions.js';
import { TaskComments } from './TaskComments.js';
import { TranchePlanEditor } from '../project/TranchePlanEditor.js';
import { PerformanceFields } from '../plans/PerformanceFields.js';
import { TaskChange } from '../plans/ChangeDiff.js';
import { LatestProgress } from '../plans/ProgressReports.js';
import { useTaskForm } from './useTaskForm.js';
import { CcButton } from '../desk/CcDialog.js';
import { usePrincipals } from '../desk/usePrincipals.js';

/** One task: its form on the left, what it is about and where it stands in the process on the right. */
export function TaskPage({ id }) {
  const me = useSession();
  const loaded = useLoad(() => api.task(id), [id]);
  const task = loaded.data;
  const form = useTaskForm(task);
  const [claimError, setClaimError] = useState(null);
  const [claiming, setClaiming] = useState(false);
  const [delegating, setDelegating] = useState(false);
  const [delegatedTo, setDelegatedTo] = useState(null);
  const principals = usePrincipals();

  if (loaded.loading && !task) {
    return h(Loading);
  }
  if (loaded.error) {
    return h('div', { className: 'page' },
      h('p', null, h('a', { href: href('/inbox') }, '← ', t('task.backToInbox'))),
      loaded.error.status === 404 ? h(NotFound, { text: t('notFound.task') })
        : h(ErrorNotice, { error: loaded.error, onRetry: loaded.reload }));
  }
  if (!task || form.values === null) {
    return h(Loading);
  }

  const name = taskName(task.taskKey, task.name);
  if (form.done) {
    const a = task.data && task.data.agreement;
    const p = task.data && task.data.project;
    return h(TaskOutcome, {
      mark: '✓', title: t('task.doneTitle'), text: t('task.doneText', { task: name, key: task.businessKey || '' }),
      links: p ? h('a', { className: 'btn', href: href('/projects/' + p.id) }, t('task.viewProject'))
        : a ? h('a', { className: 'btn', href: href('/agreements/' + a.id) }, t('task.viewAgreement')) : null,
    });
  }
  if (delegatedTo) {
    return h(TaskOutcome, {
      mark: '→', title: t('delegate.doneTitle'),
      text: t('delegate.doneText', { task: name, key: task.businessKey || '', who: delegatedTo.displayName || delegatedTo.username || '' }),
    });
  }

  const subject = task.projectId ? { projectId: task.projectId } : { agreementId: task.agreementId };
  const heldByOther = task.assignee && task.assignee !== me.username && !principals.includes(task.assignee);
  const locked = form.busy || heldByOther;
  const claim = () => {
    setClaiming(true);
    setClaimError(null);
    api.claimTask(task.id).then(() => loaded.reload()).catch(setClaimError).then(() => setClaiming(false));
  };

  return h('div', { className: 'page' },
    h('p', { className: 'crumbs' }, h('a', { href: href('/inbox') }, '← ', t('task.backToInbox'))),
    h(TaskHead, { task, name, me, claiming, onClaim: claim, onDelegate: () => setDelegating(true) }),
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
        h('form', { className: 'card task-form', onSubmit: form.submit, noValidate: true },
          h('h2', null, t('task.formTitle')),
          heldByOther ? h('div', { className: 'notice notice-info' }, t('task.heldByOtherNote', { who: task.assignee })) : null,
          h(TaskForm, {
            form: task.form, values: form.values, errors: form.errors, onChange: form.change, onBlur: form.blur, subject, disabled: locked,
            after: h(Fragment, null, form.showsPlan ? h(TranchePlanEditor, {
              rows: form.tranches, onChange: form.changeTranches, budget: form.values.budget, errors: form.errors, disabled: locked,
            }) : null,
            h(TaskChange, { task }),
            h(LatestProgress, { task }),
            h(PerformanceFields, { task, values: form.values, extras: form.extras, onChange: form.setExtra, errors: form.errors, disabled: locked })),
          }),
          h(SubmitProblem, { problem: form.problem }),
          h('div', { className: 'button-row' },
            h('button', { type: 'submit', className: 'btn btn-primary', disabled: locked },
              form.busy ? t('task.submitting') : t('task.submit')),
            h('a', { className: 'btn btn-quiet', href: href('/inbox') }, t('common.cancel')))),
        h(ApprovalActions, { task, me, onChanged: loaded.reload }),
        h(Section, { title: t('comments.title'), className: 'comments-card' },
          h(TaskComments, { taskId: task.id, canWrite: true })),
        h(Section, { title: t('diagram.title'), className: 'diagram-card' },
          h(ProcessDiagram, { taskId: task.id, taskKey: task.taskKey }))),
      h('aside', { className: 'task-side' }, h('div', { className: 'button-row' }, h(CcButton, { taskId: task.id })),
        h(TaskContext, { data: task.data }))));
}
