import { h } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { Dialog } from '../common/Dialog.js';
import { Field, inputProps } from '../common/Field.js';
import { useDraft } from '../common/useDraft.js';
import { SubmitProblem } from '../common/SubmitProblem.js';
import { requiredFields } from '../../checks.js';

const FIELDS = ['code', 'nameZh', 'nameEn', 'startYear', 'endYear', 'copyPairingsFrom'];

/** A whole year as a JSON number, or the text itself so that the server names what is wrong. */
function year(text) {
  const s = String(text).trim();
  return /^\d{1,4}$/.test(s) ? Number(s) : s;
}

/** Opens a round (round null), optionally with a copy of another round's pairings, or changes one. */
export function RoundDialog({ round, rounds, onClose, onSaved }) {
  const creating = !round;
  const last = rounds.length ? rounds[rounds.length - 1] : null;
  const draft = useDraft(round
    ? { code: round.code, nameZh: round.nameZh, nameEn: round.nameEn, startYear: String(round.startYear), endYear: String(round.endYear), copyPairingsFrom: '' }
    : { code: '', nameZh: '', nameEn: '', startYear: last ? String(last.endYear + 1) : '', endYear: last ? String(last.endYear + 5) : '', copyPairingsFrom: last ? last.code : '' }, {
    check: (values) => requiredFields(values, ['code', 'nameZh', 'nameEn', 'startYear', 'endYear']),
    send: (values) => {
      const body = { nameZh: values.nameZh.trim(), nameEn: values.nameEn.trim(), startYear: year(values.startYear), endYear: year(values.endYear) };
      return creating
        ? api.createRound({ code: values.code.trim(), ...body, copyPairingsFrom: values.copyPairingsFrom || null })
        : api.updateRound(round.code, body);
    },
    onSent: onSaved, fields: FIELDS,
  });
  const { v, errors, problem, busy, onInput: set, submit } = draft;

  return h(Dialog, { title: creating ? t('directory.newRound') : t('directory.editRound', { code: round.code }), onClose },
    h('form', { className: 'form', onSubmit: submit, noValidate: true },
      creating ? h(Field, { id: 'code', label: t('directory.code'), required: true, error: errors.code, hint: t('directory.roundCodeHint') },
        h('input', { ...inputProps('code', errors.code), className: 'input', value: v.code, onChange: set('code'), disabled: busy, maxLength: 16 }))
        : h('p', { className: 'form-text' }, round.closed ? t('directory.roundClosedNote') : t('directory.codeFixed')),
      h(Field, { id: 'nameZh', label: t('directory.nameZh'), required: true, error: errors.nameZh },
        h('input', { ...inputProps('nameZh', errors.nameZh), className: 'input', value: v.nameZh, onChange: set('nameZh'), disabled: busy })),
      h(Field, { id: 'nameEn', label: t('directory.nameEn'), required: true, error: errors.nameEn },
        h('input', { ...inputProps('nameEn', errors.nameEn), className: 'input', value: v.nameEn, onChange: set('nameEn'), disabled: busy })),
      h('div', { className: 'field-row' },
        h(Field, { id: 'startYear', label: t('directory.startYear'), required: true, error: errors.startYear },
          h('input', { ...inputProps('startYear', errors.startYear), className: 'input input-number', inputMode: 'numeric', value: v.startYear, onChange: set('startYear'), disabled: busy || (round && round.closed) })),
        h(Field, { id: 'endYear', label: t('directory.endYear'), required: true, error: errors.endYear },
          h('input', { ...inputProps('endYear', errors.endYear), className: 'input input-number', inputMode: 'numeric', value: v.endYear, onChange: set('endYear'), disabled: busy || (round && round.closed) }))),
      creating ? h(Field, { id: 'copyPairingsFrom', label: t('directory.copyPairingsFrom'), error: errors.copyPairingsFrom, hint: t('directory.copyHint') },
        h('select', { ...inputProps('copyPairingsFrom', errors.copyPairingsFrom), className: 'input', value: v.copyPairingsFrom, onChange: set('copyPairingsFrom'), disabled: busy },
          h('option', { value: '' }, t('directory.copyNone')),
          rounds.map((r) => h('option', { key: r.code, value: r.code }, r.code)))) : null,
      h(SubmitProblem, { problem }),
      h('div', { className: 'button-row' },
        h('button', { type: 'submit', className: 'btn btn-primary', disabled: busy }, t('directory.save')),
        h('button', { type: 'button', className: 'btn btn-quiet', onClick: onClose }, t('common.cancel')))));
}
