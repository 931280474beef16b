import { h } from '../../html.js';
import * as api from '../../api.js';
import { t, tEnum, unionName } from '../../i18n/index.js';
import { Dialog } from '../common/Dialog.js';
import { Field, inputProps } from '../common/Field.js';
import { useDraft } from '../common/useDraft.js';
import { SubmitProblem } from '../common/SubmitProblem.js';
import { requiredFields } from '../../checks.js';

export const LEVELS = ['NATIONAL', 'DONOR', 'REGION', 'PREFECTURE', 'DIVISION'];
const UNDER_REGION = ['PREFECTURE', 'DIVISION'];
const FIELDS = ['code', 'level', 'parentCode', 'nameZh', 'nameEn'];

/** Adds a union (union null) or changes one: names, level and parent; the code is fixed once created. */
export function UnionDialog({ union, unions, onClose, onSaved }) {
  const creating = !union;
  const draft = useDraft({
    code: union ? union.code : '', level: union ? union.level : 'PREFECTURE', parentCode: (union && union.parentCode) || '',
    nameZh: union ? union.nameZh : '', nameEn: union ? union.nameEn : '',
  }, {
    check: (values) => requiredFields(values, ['code', 'nameZh', 'nameEn'].concat(UNDER_REGION.includes(values.level) ? ['parentCode'] : [])),
    send: (values) => {
      const body = {
        level: values.level, parentCode: UNDER_REGION.includes(values.level) ? values.parentCode : null,
        nameZh: values.nameZh.trim(), nameEn: values.nameEn.trim(),
      };
      return creating ? api.createUnion({ code: values.code.trim(), ...body }) : api.updateUnion(union.code, body);
    },
    onSent: onSaved, fields: FIELDS,
  });
  const { v, errors, problem, busy, onInput: set, submit } = draft;
  const regions = unions.filter((u) => u.level === 'REGION' && (!union || u.code !== union.code));
  const needsParent = UNDER_REGION.includes(v.level);

  return h(Dialog, { title: creating ? t('directory.newUnion') : t('directory.editUnion', { code: union.code }), onClose },
    h('form', { className: 'form', onSubmit: submit, noValidate: true },
      creating ? h(Field, { id: 'code', label: t('directory.code'), required: true, error: errors.code, hint: t('directory.unionCodeHint') },
        h('input', { ...inputProps('code', errors.code), className: 'input', value: v.code, onChange: set('code'), disabled: busy, maxLength: 16 }))
        : h('p', { className: 'form-text' }, t('directory.codeFixed')),
      h(Field, { id: 'level', label: t('directory.level'), required: true, error: errors.level },
        h('select', { ...inputProps('level', errors.level), className: 'input', value: v.level, onChange: set('level'), disabled: busy },
          LEVELS.map((l) => h('option', { key: l, value: l }, tEnum('level', l))))),
      needsParent ? h(Field, { id: 'parentCode', label: t('directory.parent'), required: true, error: errors.parentCode },
        h('select', { ...inputProps('parentCode', errors.parentCode), className: 'input', value: v.parentCode, onChange: set('parentCode'), disabled: busy },
          h('option', { value: '' }, t('form.choose')),
          regions.map((u) => h('option', { key: u.code, value: u.code }, unionName(u, u.code))))) : null,
      h(Field, { id: 'nameZh', label: t('directory.nameZh'), required: true, error: errors.nameZh },
        h('input', { ...inputProps('nameZh', errors.nameZh), className: 'input', value: v.nameZh, onChange: set('nameZh'), disabled: busy })),
      h(Field, { id: 'nameEn', label: t('directory.nameEn'), required: true, error: errors.nameEn },
        h('input', { ...inputProps('nameEn', errors.nameEn), className: 'input', value: v.nameEn, onChange: set('nameEn'), disabled: busy })),
      h(SubmitProblem, { problem }),
      h('div', { className: 'button-row' },
        h('button', { type: 'submit', className: 'btn btn-primary', disabled: busy }, t('directory.save')),
        h('button', { type: 'button', className: 'btn btn-quiet', onClick: onClose }, t('common.cancel')))));
}
