import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t, unionName } from '../../i18n/index.js';
import { cents, yuan } from '../../format.js';
import { useUnions } from '../../hooks.js';
import { href, navigate } from '../../router.js';
import { useSession, isDonorProposer } from '../../session.js';
import { Field, inputProps, focusFirstError } from '../common/Field.js';
import { FocusAreaChoices } from './FocusAreaChoices.js';
import { Loading } from '../common/Loading.js';

const ORDER = ['recipientUnion', 'title', 'focusAreas', 'intendedAmount', 'startDate', 'endDate', 'description'];

function check(v) {
  const e = {};
  if (!v.recipientUnion) {
    e.recipientUnion = t('validation.required');
  }
  if (!v.title.trim()) {
    e.title = t('validation.required');
  } else if ([...v.title.trim()].length > 200) {
    e.title = t('validation.maxLength', { max: 200, length: [...v.title.trim()].length });
  }
  if (!v.focusAreas.length) {
    e.focusAreas = t('validation.chooseOne');
  }
  const amount = cents(v.intendedAmount);
  if (!String(v.intendedAmount).trim()) {
    e.intendedAmount = t('validation.required');
  } else if (amount === null) {
    e.intendedAmount = t('validation.amount');
  } else if (amount <= 0) {
    e.intendedAmount = t('validation.positive');
  }
  if (!v.startDate) {
    e.startDate = t('validation.required');
  }
  if (!v.endDate) {
    e.endDate = t('validation.required');
  } else if (v.startDate && v.endDate < v.startDate) {
    e.endDate = t('validation.endBeforeStart');
  }
  if ([...v.description].length > 4000) {
    e.description = t('validation.maxLength', { max: 4000, length: [...v.description].length });
  }
  return e;
}

/** A donor proposer drafts an agreement with one of the unions theirs is paired with. */
export function AgreementForm() {
  const me = useSession();
  const unions = useUnions();
  const [v, setV] = useState({ recipientUnion: '', title: '', focusAreas: [], intendedAmount: '', startDate: '', endDate: '', description: '' });
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);

  if (!isDonorProposer(me)) {
    return h('div', { className: 'page' },
      h('p', { className: 'crumbs' }, h('a', { href: href('/agreements') }, '← ', t('agreements.back'))),
      h('div', { className: 'notice notice-info' }, t('agreements.onlyProposers')));
  }
  if (!unions) {
    return h(Loading);
  }
  const mine = unions.byCode[me.union.code];
  const partners = ((mine && mine.pairedWith) || []).map((code) => unions.byCode[code]).filter(Boolean)
    .sort((x, y) => (x.parentCode ? 1 : 0) - (y.parentCode ? 1 : 0) || x.code.localeCompare(y.code));

  const set = (key) => (value) => {
    setV((old) => ({ ...old, [key]: value }));
    if (errors[key]) {
      setErrors((old) => ({ ...old, [key]: undefined }));
    }
  };
  const onInput = (key) => (e) => set(key)(e.target.value);

  const submit = (e) => {
    e.preventDefault();
    const found = check(v);
    setErrors(found);
    if (Object.keys(found).length) {
      setProblem(t('form.fixErrors'));
      focusFirstError(found, ORDER);
      return;
    }
    setBusy(true);
    setProblem(null);
    api.createAgreement({
      recipientUnion: v.recipientUnion, title: v.title.trim(), focusAreas: v.focusAreas,
      intendedAmount: yuan(cents(v.intendedAmount)), startDate: v.startDate, endDate: v.endDate,
      description: v.description.trim() || null,
    })
      .then((created) => navigate('/agreements/' + created.id))
      .catch((err) => {
        setBusy(false);
        setErrors(err.fieldErrors);
        const unknown = err.errors.filter((x) => !ORDER.includes(x.field));
        setProblem(Object.keys(err.fieldErrors).length && !unknown.length ? t('form.serverFieldErrors')
          : (unknown.map((x) => x.field + ': ' + x.message).join('; ') || err.detail || err.message));
        focusFirstError(err.fieldErrors, ORDER);
      });
  };

  return h('div', { className: 'page page-narrow' },
    h('p', { className: 'crumbs' }, h('a', { href: href('/agreements') }, '← ', t('agreements.back'))),
    h('h1', null, t('agreements.newTitle')),
    h('p', { className: 'lead' }, t('agreements.newLead', { union: unionName(me.union, me.union.code) })),
    h('form', { className: 'card form', onSubmit: submit, noValidate: true },
      h(Field, { id: 'recipientUnion', label: t('agreement.recipient'), required: true, error: errors.recipientUnion, hint: t('agreements.recipientHint') },
        h('select', { ...inputProps('recipientUnion', errors.recipientUnion), className: 'input', value: v.recipientUnion, onChange: onInput('recipientUnion'), disabled: busy },
          h('option', { value: '' }, t('form.choose')),
          partners.map((u) => h('option', { key: u.code, value: u.code }, unionName(u, u.code) + (u.parentCode ? '' : ' · ' + t('agreements.regionLevel')))))),
      h(Field, { id: 'title', label: t('agreement.title'), required: true, error: errors.title },
        h('input', { ...inputProps('title', errors.title), className: 'input', value: v.title, onChange: onInput('title'), disabled: busy, maxLength: 400 })),
      h(Field, { id: 'focusAreas', label: t('agreement.focusAreas'), required: true, error: errors.focusAreas, group: true },
        h(FocusAreaChoices, { value: v.focusAreas, onChange: set('focusAreas'), disabled: busy })),
      h(Field, { id: 'intendedAmount', label: t('agreement.intendedAmountYuan'), required: true, error: errors.intendedAmount, hint: t('form.amountHint') },
        h('input', { ...inputProps('intendedAmount', errors.intendedAmount), className: 'input input-number', inputMode: 'decimal', value: v.intendedAmount, onChange: onInput('intendedAmount'), disabled: busy })),
      h('div', { className: 'field-row' },
        h(Field, { id: 'startDate', label: t('agreement.startDate'), required: true, error: errors.startDate },
          h('input', { ...inputProps('startDate', errors.startDate), className: 'input input-date', type: 'date', value: v.startDate, onChange: onInput('startDate'), disabled: busy })),
        h(Field, { id: 'endDate', label: t('agreement.endDate'), required: true, error: errors.endDate },
          h('input', { ...inputProps('endDate', errors.endDate), className: 'input input-date', type: 'date', value: v.endDate, onChange: onInput('endDate'), disabled: busy }))),
      h(Field, { id: 'description', label: t('agreement.description'), error: errors.description },
        h('textarea', { ...inputProps('description', errors.description), className: 'input', rows: 5, value: v.description, onChange: onInput('description'), disabled: busy })),
      problem ? h('div', { className: 'notice notice-error', role: 'alert' }, problem) : null,
      h('div', { className: 'button-row' },
        h('button', { type: 'submit', className: 'btn btn-primary', disabled: busy }, busy ? t('task.submitting') : t('agreements.submit')),
        h('a', { className: 'btn btn-quiet', href: href('/agreements') }, t('common.cancel')))));
}
