import { h, useEffect } from '../../html.js';
import * as api from '../../api.js';
import { t, tEnum, unionName } from '../../i18n/index.js';
import { cents, money, yuan } from '../../format.js';
import { useLoad, useUnions } from '../../hooks.js';
import { href, navigate } from '../../router.js';
import { useSession, isDonorProposer } from '../../session.js';
import { TYPE_GROUPS } from '../../catalog.js';
import { Field, inputProps } from '../common/Field.js';
import { useDraft } from '../common/useDraft.js';
import { FocusAreaChoices } from '../agreement/FocusAreaChoices.js';
import { TranchePlanEditor, checkTranches, tranchesPayload } from './TranchePlanEditor.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { CaseFormEnd } from '../common/CaseFormEnd.js';
import { AgreementMoney } from '../agreement/AgreementMoney.js';
import { PlanYearField } from '../plans/PlanYearField.js';
import { IndicatorEditor, indicatorsPayload } from '../plans/IndicatorEditor.js';
import { checkAmount, checkChosen, checkFocusAreas, checkText } from '../../checks.js';

const ORDER = ['agreementId', 'planYear', 'recipientUnion', 'title', 'type', 'focusAreas', 'budget', 'tranches', 'description', 'indicators', 'beneficiariesPlanned'];

function remainingOf(agreement) {
  return agreement && agreement.remainingAmount !== undefined ? cents(String(agreement.remainingAmount)) : null;
}

function check(v, remaining) {
  const e = {};
  checkChosen(e, ['agreementId', 'recipientUnion'], v);
  checkText(e, 'title', v.title, 200, true);
  checkChosen(e, ['type'], v);
  checkFocusAreas(e, v.focusAreas);
  const budget = checkAmount(e, 'budget', v.budget);
  if (budget !== null && remaining !== null && budget > remaining) {
    e.budget = t('projects.overRemaining', { amount: money(yuan(remaining)) });
  }
  const plan = checkTranches(v.tranches, v.budget);
  if (plan) {
    e.tranches = plan;
  }
  if (v.beneficiariesPlanned !== '' && !/^\d+$/.test(String(v.beneficiariesPlanned).trim())) {
    e.beneficiariesPlanned = t('validation.integer');
  }
  checkText(e, 'description', v.description, 4000, false);
  return e;
}

/** A donor proposer proposes a project under an ACTIVE agreement, with a tranche plan that adds up to the budget. */
export function ProjectForm({ agreementId }) {
  const me = useSession();
  const unions = useUnions();
  const active = useLoad(() => api.agreements({ status: 'ACTIVE', donor: me.union && me.union.code, size: 200 }), []);
  const draft = useDraft({
    agreementId: agreementId || '', recipientUnion: '', title: '', type: '', focusAreas: [], budget: '',
    tranches: [{ amount: '', plannedOn: '' }], description: '', beneficiariesPlanned: '', planYear: '', indicators: [],
  }, {
    check: (values) => check(values, remainingOf(chosen.data)), fields: ORDER, missing: t('projects.missing'),
    send: (values) => api.createProject({
      agreementId: Number(values.agreementId), recipientUnion: values.recipientUnion, title: values.title.trim(), type: values.type,
      focusAreas: values.focusAreas, budget: yuan(cents(values.budget)), tranches: tranchesPayload(values.tranches),
      description: values.description.trim() || null,
      beneficiariesPlanned: values.beneficiariesPlanned === '' ? null : Number(values.beneficiariesPlanned),
      ...(values.planYear ? { planYear: Number(values.planYear) } : {}),
      ...(values.indicators.length ? { indicators: indicatorsPayload(values.indicators) } : {}),
    }),
    onSent: (created) => navigate('/projects/' + created.id),
  });
  const { v, setV, errors, busy, submit } = draft;
  const chosen = useLoad(() => (v.agreementId ? api.agreement(v.agreementId) : Promise.resolve(null)), [v.agreementId]);
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
  // a new agreement resets the site, which must be the agreement's recipient or one of its prefectures
  const set = (key) => (key === 'agreementId' ? (value) => {
    setV((old) => ({ ...old, recipientUnion: '' }));
    draft.set(key)(value);
  } : draft.set(key));
  const onInput = (key) => (e) => set(key)(e.target.value);

  return h('div', { className: 'page page-narrow' },
    h('p', { className: 'crumbs' }, h('a', { href: href('/projects') }, '← ', t('projects.back'))),
    h('h1', null, t('projects.newTitle')),
    h('p', { className: 'lead' }, t('projects.newLead'), ' ', h('a', { href: href('/projects/import') }, t('projectImport.link'))),
    active.error ? h(ErrorNotice, { error: active.error }) : null,
    agreements.length === 0 ? h('div', { className: 'notice notice-info' }, t('projects.noActiveAgreement')) : null,
    h('form', { className: 'card form', onSubmit: submit, noValidate: true },
      h(Field, { id: 'agreementId', label: t('project.agreement'), required: true, error: errors.agreementId },
        h('select', { ...inputProps('agreementId', errors.agreementId), className: 'input', value: String(v.agreementId), onChange: onInput('agreementId'), disabled: busy },
          h('option', { value: '' }, t('form.choose')),
          agreements.map((a) => h('option', { key: a.id, value: String(a.id) }, a.code + ' · ' + a.title)))),
      agreement ? h(AgreementMoney, { agreement }) : null,
      h(PlanYearField, { agreementId: v.agreementId, value: v.planYear, onChange: set('planYear'), error: errors.planYear, disabled: busy }),
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
      h(IndicatorEditor, { type: v.type, rows: v.indicators, onChange: set('indicators'), errors, disabled: busy }),
      h(Field, { id: 'beneficiariesPlanned', label: t('project.beneficiariesPlanned'), error: errors.beneficiariesPlanned },
        h('input', { ...inputProps('beneficiariesPlanned', errors.beneficiariesPlanned), className: 'input input-number', inputMode: 'numeric', value: v.beneficiariesPlanned, onChange: onInput('beneficiariesPlanned'), disabled: busy })),
      h(CaseFormEnd, { kind: 'project', draft })));
}
