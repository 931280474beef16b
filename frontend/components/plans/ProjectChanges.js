import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t, tEnum } from '../../i18n/index.js';
import { cents, yuan } from '../../format.js';
import { useLoad } from '../../hooks.js';
import { isDonorProposer } from '../../session.js';
import { Section } from '../common/Section.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { TranchePlanEditor, checkTranches, tranchesPayload } from '../project/TranchePlanEditor.js';
import { ChangeDiff } from './ChangeDiff.js';

/** 项目变更 on the project page: every change with its diff, and for the donor's proposer the form to ask for one. */
export function ProjectChanges({ project, me }) {
  const [version, setVersion] = useState(0);
  const loaded = useLoad(() => api.projectChanges(project.id), [project.id, version, project.status]);
  const [form, setForm] = useState(null);
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const items = (loaded.data && loaded.data.items) || [];
  const open = items.some((c) => c.status === 'PENDING');
  const mayAsk = isDonorProposer(me) && me.union && me.union.code === project.donorUnion
    && ['APPROVED', 'IN_PROGRESS'].includes(project.status) && !open;

  const start = () => {
    setProblem(null);
    setForm({ reason: '', budget: String(project.budget), tranches: (project.tranches || []).map((tr) => ({ amount: String(tr.amount), plannedOn: tr.plannedOn })) });
  };
  const send = async (e) => {
    e.preventDefault();
    const planError = checkTranches(form.tranches, form.budget);
    if (planError) {
      setProblem({ detail: planError });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await api.requestProjectChange(project.id, {
        reason: form.reason.trim() || null,
        budget: cents(form.budget) === null ? form.budget : yuan(cents(form.budget)),
        tranches: tranchesPayload(form.tranches),
      });
      setForm(null);
      setVersion(version + 1);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  if (!items.length && !mayAsk) {
    return null;
  }
  return h(Section, {
    title: t('change.sectionTitle'),
    actions: mayAsk && !form ? h('button', { type: 'button', className: 'btn btn-small', onClick: start, 'data-testid': 'change-start' }, t('change.ask')) : null,
  },
  form ? h('form', { className: 'form', onSubmit: send, 'data-testid': 'change-form', noValidate: true },
    h('div', { className: 'field' }, h('label', { className: 'field-label', htmlFor: 'f-changeBudget' }, t('project.budgetYuan')),
      h('input', { id: 'f-changeBudget', className: 'input input-number', inputMode: 'decimal', value: form.budget, disabled: busy,
        onChange: (e) => setForm({ ...form, budget: e.target.value }) })),
    h(TranchePlanEditor, { rows: form.tranches, onChange: (rows) => setForm({ ...form, tranches: rows }), budget: form.budget, errors: {}, disabled: busy }),
    h('div', { className: 'field' }, h('label', { className: 'field-label', htmlFor: 'f-changeReason' }, t('change.reason'), h('span', { className: 'required' }, ' *')),
      h('textarea', { id: 'f-changeReason', className: 'input', rows: 3, maxLength: 2000, value: form.reason, disabled: busy,
        onChange: (e) => setForm({ ...form, reason: e.target.value }) })),
    problem ? h(ErrorNotice, { error: problem }) : null,
    h('div', { className: 'button-row' },
      h('button', { type: 'submit', className: 'btn btn-primary', disabled: busy }, t('change.send')),
      h('button', { type: 'button', className: 'btn', onClick: () => setForm(null), disabled: busy }, t('plan.cancel')))) : null,
  items.map((c) => h('div', { key: c.id, className: 'change-item', 'data-status': c.status },
    h('p', null, h('strong', null, tEnum('changeStatus', c.status)), ' · ', c.requestedBy, ' · ', String(c.requestedAt).substring(0, 10)),
    h(ChangeDiff, { change: c }))));
}
