import { h, useState, useEffect } from '../../html.js';
import * as api from '../../api.js';
import { t, tEnum, unionName } from '../../i18n/index.js';
import { cents, money, yuan } from '../../format.js';
import { useLoad, useUnions } from '../../hooks.js';
import { href, navigate } from '../../router.js';
import { useSession, isDonorProposer } from '../../session.js';
import { TYPE_GROUPS } from '../../catalog.js';
import { Field, inputProps, focusFirstError } from '../common/Field.js';
import { FocusAreaChoices } from '../agreement/FocusAreaChoices.js';
import { TranchePlanEditor, checkTranches, tranchesPayload } from './TranchePlanEditor.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';

const ORDER = ['agreementId', 'recipientUnion', 'title', 'type', 'focusAreas', 'budget', 'tranches', 'description', 'beneficiariesPlanned'];

function check(v, remaining) {
  const e = {};
  if (!v.agreementId) {
    e.agreementId = t('validation.required');
  }
  if (!v.recipientUnion) {
    e.recipientUnion = t('validation.required');
  }
  if (!v.title.trim()) {
    e.title = t('validation.required');
  } else if ([...v.title.trim()].length > 200) {
    e.title = t('validation.maxLength', { max: 200, length: [...v.title.trim()].length });
  }
  if (!v.type) {
    e.type = t('validation.required');
  }
  if (!v.focusAreas.length) {
    e.focusAreas = t('validation.chooseOne');
  }
  const budget = cents(v.budget);
  if (!String(v.budget).trim()) {
    e.budget = t('validation.required');
  } else if (budget === null) {
    e.budget = t('validation.amount');
  } else if (budget <= 0) {
    e.budget = t('validation.positive');
  } else if (remaining !== null && budget > remaining) {
    e.budget = t('projects.overRemaining', { amount: money(yuan(remaining)) });
  }
  const plan = checkTranches(v.tranches, v.budget);
  if (plan) {
    e.tranches = plan;
  }
  if (v.beneficiariesPlanned !== '' && !/^\d+$/.test(String(v.beneficiariesPlanned).trim())) {
    e.beneficiariesPlanned = t('validation.integer');
  }
  if ([...v.description].length > 4000) {
    e.description = t('validation.maxLength', { max: 4000, length: [...v.description].length });
  }
  return e;
}

/** A donor proposer proposes a project under an ACTIVE agreement, with a tranche plan that adds up to the budget. */
export function ProjectForm({ agreementId }) {
  const me = useSession();
  const unions = useUnions();
  const active = useLoad(() => api.agreements({ status: 'ACTIVE', donor: me.union && me.union.code, size: 200 }), []);
  const [v, setV] = useState({
    agreementId: agreementId || '', recipientUnion: '', title: '', type: '', focusAreas: [], budget: '',
    tranches: [{ amount: '', plannedOn: '' }], description: '', beneficiariesPlanned: '',
  });
  const chosen = useLoad(() => (v.agreementId ? api.agreement(v.agreementId) : Promise.resolve(null)), [v.agreementId]);
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);

  const agreement = chosen.data;
  useEffect(() => {
    if (agreement && !v.recipientUnion) {
      setV((old) => ({ ...old, recipientUnion: agreement.recipientUnion, focusAreas: old.focusAreas.length ? old.focusAreas : agreement.focusAreas || [] }));
    }
  }, [agreement]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!isDonorProposer(me)) {
    return h('div', { className: 'page' },
      h('p', { className: 'crumbs' }, h('a', { href: href('/projects') }, '← ', t('projects.back'))),
      h('div', { className: 'notice notice-info' }, t('projects.onlyProposers')));
  }
  if (!unions || (active.loading && !active.data)) {
    return h(Loading);
  }

  const agreements = ((active.data && active.data.items) || []).filter((a) => a.donorUnion === me.union.code);
  const sites = agreement ? [unions.byCode[agreement.recipientUnion]].concat(
    unions.list.filter((u) => u.parentCode === agreement.recipientUnion)).filter(Boolean) : [];
  const remaining = agreement && agreement.remainingAmount !== undefined ? cents(String(agreement.remainingAmount)) : null;

  const set = (key) => (value) => {
    setV((old) => ({ ...old, [key]: value, ...(key === 'agreementId' ? { recipientUnion: '' } : {}) }));
    if (errors[key]) {
      setErrors((old) => ({ ...old, [key]: undefined }));
    }
  };
  const onInput = (key) => (e) => set(key)(e.target.value);

  const submit = (e) => {
    e.preventDefault();
    const found = check(v, remaining);
    setErrors(found);
    if (Object.keys(found).length) {
      setProblem({ detail: t('form.fixErrors') });
      focusFirstError(found, ORDER);
      return;
    }
    setBusy(true);
    setProblem(null);
    api.createProject({
      agreementId: Number(v.agreementId), recipientUnion: v.recipientUnion, title: v.title.trim(), type: v.type,
      focusAreas: v.focusAreas, budget: yuan(cents(v.budget)), tranches: tranchesPayload(v.tranches),
      description: v.description.trim() || null,
      beneficiariesPlanned: v.beneficiariesPlanned === '' ? null : Number(v.beneficiariesPlanned),
    })
      .then((created) => navigate('/projects/' + created.id))
      .catch((err) => {
        setBusy(false);
        setErrors(err.fieldErrors);
        if (err.status === 404) {
          setProblem({ status: 404, detail: t('projects.missing') });
          return;
        }
        const unknown = err.errors.filter((x) => !ORDER.includes(String(x.field).replace(/\[.*$/, '')));
        setProblem({
          title: err.title,
          detail: Object.keys(err.fieldErrors).length && !unknown.length ? t('form.serverFieldErrors')
            : (unknown.map((x) => x.field + ': ' + x.message).join('; ') || err.detail || err.message),
        });
        focusFirstError(err.fieldErrors, ORDER);
      });
  };

  return h('div', { className: 'page page-narrow' },
    h('p', { className: 'crumbs' }, h('a', { href: href('/projects') }, '← ', t('projects.back'))),
    h('h1', null, t('projects.newTitle')),
    h('p', { className: 'lead' }, t('projects.newLead')),
    active.error ? h(ErrorNotice, { error: active.error }) : null,
    agreements.length === 0 ? h('div', { className: 'notice notice-info' }, t('projects.noActiveAgreement')) : null,
    h('form', { className: 'card form', onSubmit: submit, noValidate: true },
      h(Field, { id: 'agreementId', label: t('project.agreement'), required: true, error: errors.agreementId },
        h('select', { ...inputProps('agreementId', errors.agreementId), className: 'input', value: String(v.agreementId), onChange: onInput('agreementId'), disabled: busy },
          h('option', { value: '' }, t('form.choose')),
          agreements.map((a) => h('option', { key: a.id, value: String(a.id) }, a.code + ' · ' + a.title)))),
      agreement ? h('div', { className: 'money-row' },
        h('div', { className: 'money-box' }, h('div', { className: 'money-label' }, t('agreement.intendedAmount')), h('div', { className: 'money-value' }, money(agreement.intendedAmount))),
        h('div', { className: 'money-box' }, h('div', { className: 'money-label' }, t('agreement.allocated')), h('div', { className: 'money-value' }, money(agreement.allocatedAmount))),
        h('div', { className: 'money-box' }, h('div', { className: 'money-label' }, t('agreement.remaining')), h('div', { className: 'money-value' }, money(agreement.remainingAmount)))) : null,
      h(Field, { id: 'recipientUnion', label: t('project.site'), required: true, error: errors.recipientUnion, hint: t('projects.siteHint') },
        h('select', { ...inputProps('recipientUnion', errors.recipientUnion), className: 'input', value: v.recipientUnion, onChange: onInput('recipientUnion'), disabled: busy || !agreement },
          h('option', { value: '' }, t('form.choose')),
          sites.map((u) => h('option', { key: u.code, value: u.code }, unionName(u, u.code))))),
      h(Field, { id: 'title', label: t('project.title'), required: true, error: errors.title },
        h('input', { ...inputProps('title', errors.title), className: 'input', value: v.title, onChange: onInput('title'), disabled: busy, maxLength: 400 })),
      h(Field, { id: 'type', label: t('project.type'), required: true, error: errors.type },
        h('select', { ...inputProps('type', errors.type), className: 'input', value: v.type, onChange: onInput('type'), disabled: busy },
          h('option', { value: '' }, t('form.choose')),
          Object.entries(TYPE_GROUPS).map(([g, types]) => h('optgroup', { key: g, label: tEnum('typeGroup', g) },
            types.map((ty) => h('option', { key: ty, value: ty }, tEnum('type', ty))))))),
      h(Field, { id: 'focusAreas', label: t('project.focusAreas'), required: true, error: errors.focusAreas, group: true },
        h(FocusAreaChoices, { value: v.focusAreas, onChange: set('focusAreas'), disabled: busy })),
      h(Field, { id: 'budget', label: t('project.budgetYuan'), required: true, error: errors.budget, hint: t('form.amountHint') },
        h('input', { ...inputProps('budget', errors.budget), className: 'input input-number', inputMode: 'decimal', value: v.budget, onChange: onInput('budget'), disabled: busy })),
      h('div', { 'data-field': 'tranches' },
        h(TranchePlanEditor, { rows: v.tranches, onChange: set('tranches'), budget: v.budget, errors, disabled: busy })),
      h(Field, { id: 'beneficiariesPlanned', label: t('project.beneficiariesPlanned'), error: errors.beneficiariesPlanned },
        h('input', { ...inputProps('beneficiariesPlanned', errors.beneficiariesPlanned), className: 'input input-number', inputMode: 'numeric', value: v.beneficiariesPlanned, onChange: onInput('beneficiariesPlanned'), disabled: busy })),
      h(Field, { id: 'description', label: t('project.description'), error: errors.description },
        h('textarea', { ...inputProps('description', errors.description), className: 'input', rows: 5, value: v.description, onChange: onInput('description'), disabled: busy })),
      problem ? h('div', { className: 'notice ' + (problem.status === 404 ? 'notice-info' : 'notice-error'), role: 'alert' },
        problem.title ? h('strong', null, problem.title + ' ') : null, problem.detail) : null,
      h('div', { className: 'button-row' },
        h('button', { type: 'submit', className: 'btn btn-primary', disabled: busy }, busy ? t('task.submitting') : t('projects.submit')),
        h('a', { className: 'btn btn-quiet', href: href('/projects') }, t('common.cancel')))));
}
