import { h } from '../../html.js';
import { t } from '../../i18n/index.js';

export const REMARK_MAX = 2000;

/** A free-text remark (reason, note, comment) of at most 2000 characters, with its counter and error. */
export function RemarkField({ id, label, value, onChange, error, hint, required, disabled, rows }) {
  const length = [...(value || '')].length;
  return h('div', { className: 'field' + (error ? ' has-error' : ''), 'data-field': id },
    h('label', { className: 'field-label', htmlFor: 'f-' + id }, label,
      required ? h('span', { className: 'required', title: t('form.required') }, ' *') : null),
    h('textarea', {
      id: 'f-' + id, name: id, className: 'input', rows: rows || 3, value: value || '', disabled,
      'aria-invalid': error ? 'true' : 'false', 'aria-describedby': error ? 'f-' + id + '-error' : undefined,
      onChange: (e) => onChange(e.target.value),
    }),
    h('div', { className: 'field-hint' }, h('span', null, hint || ''),
      h('span', { className: 'counter' + (length > REMARK_MAX ? ' is-over' : '') }, length + ' / ' + REMARK_MAX)),
    error ? h('div', { className: 'field-error', role: 'alert', id: 'f-' + id + '-error' }, error) : null);
}

/** The client-side check of a remark: a message, or null. */
export function checkRemark(value, required) {
  const length = [...(value || '')].length;
  if (required && !(value || '').trim()) {
    return t('validation.required');
  }
  return length > REMARK_MAX ? t('validation.maxLength', { max: REMARK_MAX, length }) : null;
}
