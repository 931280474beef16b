import { h } from '../../html.js';
import * as api from '../../api.js';
import { t, unionName } from '../../i18n/index.js';
import { cents, yuan } from '../../format.js';
import { useUnions } from '../../hooks.js';
import { href, navigate } from '../../router.js';
import { useSession, isDonorProposer } from '../../session.js';
import { Field, inputProps } from '../common/Field.js';
import { useDraft } from '../common/useDraft.js';
import { FocusAreaChoices } from './FocusAreaChoices.js';
import { Loading } from '../common/Loading.js';
import { CaseFormEnd } from '../common/CaseFormEnd.js';
import { checkAmount, checkChosen, checkFocusAreas, checkText } from '../../checks.js';

const ORDER = ['recipientUnion', 'title', 'focusAreas', 'intendedAmount', 'startDate', 'endDate', 'description'];

function check(v) {
  const e = {};
  checkChosen(e, ['recipientUnion'], v);
  checkText(e, 'title', v.title, 200, true);
  checkFocusAreas(e, v.focusAreas);
  checkAmount(e, 'intendedAmount', v.intendedAmount);
  checkChosen(e, ['startDate', 'endDate'], v);
  if (!e.endDate && v.startDate && v.endDate < v.startDate) {
    e.endDate = t('validation.endBeforeStart');
  }
  checkText(e, 'description', v.description, 4000, false);
  return e;
}

/** A donor proposer drafts an agreement with one of the unions theirs is paired with. */
export function AgreementForm() {
  const me = useSession();
  const unions = useUnions();
  const draft = useDraft({ recipientUnion: '', title: '', focusAreas: [], intendedAmount: '', startDate: '', endDate: '', description: '' }, {
    check, fields: ORDER,
    send: (v) => api.createAgreement({
      recipientUnion: v.recipientUnion, title: v.title.trim(), focusAreas: v.focusAreas,
      intendedAmount: yuan(cents(v.intendedAmount)), startDate: v.startDate, endDate: v.endDate,
      description: v.description.trim() || null,
    }),
    onSent: (created) => navigate('/agreements/' + created.id),
  });
  const { v, errors, busy, set, onInput, submit } = draft;

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
      h(CaseFormEnd, { kind: 'agreement', draft })));
}
