import { h } from '../../html.js';
import { t } from '../../i18n/index.js';
import { pick } from '../../labels.js';
import { DocumentUpload } from '../documents/DocumentUpload.js';

/**
 * One field of a Camunda Form: textfield, textarea, number, select, radio, checklist, checkbox,
 * datetime (date). Labels and option names are the bilingual texts of the form, split by language.
 */
export function FormField({ component: c, value, error, onChange, onBlur, subject, disabled }) {
  const id = 'f-' + c.key;
  const rules = c.validate || {};
  const required = !!rules.required;
  const label = pick(c.label || c.dateLabel || c.key);
  const description = c.description ? pick(c.description) : null;
  const errorId = id + '-error';
  const hintId = id + '-hint';
  const describedBy = [description ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const readOnly = !!(c.readonly || c.disabled || disabled);
  const common = {
    id, name: c.key, disabled: readOnly, 'aria-invalid': error ? 'true' : 'false', 'aria-describedby': describedBy,
    'aria-required': required ? 'true' : undefined, onBlur: onBlur ? () => onBlur(c.key) : undefined,
  };
  const set = (v) => onChange(c.key, v);
  const options = c.values || [];
  const grouped = c.type === 'radio' || c.type === 'checklist';

  let control;
  switch (c.type) {
    case 'textarea':
      control = h('textarea', { ...common, className: 'input', rows: 4, value: value || '', onChange: (e) => set(e.target.value) });
      break;
    case 'number':
      control = h('input', {
        ...common, className: 'input input-number', type: 'text', inputMode: c.decimalDigits === 0 ? 'numeric' : 'decimal',
        autoComplete: 'off', value: value || '', onChange: (e) => set(e.target.value),
      });
      break;
    case 'datetime':
      control = h('input', { ...common, className: 'input input-date', type: 'date', value: value || '', onChange: (e) => set(e.target.value) });
      break;
    case 'select':
      control = h('select', { ...common, className: 'input', value: value || '', onChange: (e) => set(e.target.value) },
        h('option', { value: '' }, t('form.choose')),
        options.map((o) => h('option', { key: o.value, value: o.value }, pick(o.label))));
      break;
    case 'radio':
      control = h('div', { className: 'choices', role: 'radiogroup', 'aria-labelledby': id + '-label', 'aria-describedby': describedBy },
        options.map((o) => h('label', { key: o.value, className: 'choice' + (value === o.value ? ' is-checked' : '') },
          h('input', {
            type: 'radio', name: c.key, value: o.value, checked: value === o.value, disabled: readOnly,
            onChange: () => set(o.value), onBlur: common.onBlur,
          }),
          h('span', null, pick(o.label)))));
      break;
    case 'checklist': {
      const chosen = Array.isArray(value) ? value : [];
      control = h('div', { className: 'choices', role: 'group', 'aria-labelledby': id + '-label', 'aria-describedby': describedBy },
        options.map((o) => h('label', { key: o.value, className: 'choice' + (chosen.includes(o.value) ? ' is-checked' : '') },
          h('input', {
            type: 'checkbox', value: o.value, checked: chosen.includes(o.value), disabled: readOnly,
            onChange: (e) => set(e.target.checked ? chosen.concat(o.value) : chosen.filter((v) => v !== o.value)),
          }),
          h('span', null, pick(o.label)))));
      break;
    }
    case 'checkbox':
      control = h('label', { className: 'choice' },
        h('input', { ...common, type: 'checkbox', checked: value === true, onChange: (e) => set(e.target.checked) }),
        h('span', null, label));
      break;
    default:
      control = h('input', { ...common, className: 'input', type: 'text', value: value || '', onChange: (e) => set(e.target.value) });
  }

  const counter = (c.type === 'textarea' || c.type === 'textfield') && rules.maxLength && value
    ? h('span', { className: 'counter' + ([...value].length > rules.maxLength ? ' is-over' : '') },
      [...value].length + ' / ' + rules.maxLength) : null;

  return h('div', { className: 'field' + (error ? ' has-error' : '') + (grouped ? ' field-group' : ''), 'data-field': c.key },
    c.type === 'checkbox' ? null : h(grouped ? 'div' : 'label', { className: 'field-label', htmlFor: grouped ? undefined : id, id: id + '-label' },
      label, required ? h('span', { className: 'required', title: t('form.required') }, ' *') : null),
    control,
    c.key === 'documentId' && subject && !readOnly ? h(DocumentUpload, {
      subject, compact: true, onUploaded: (doc) => set(String(doc.id)),
    }) : null,
    description || counter ? h('div', { className: 'field-hint', id: hintId }, description, counter) : null,
    error ? h('div', { className: 'field-error', id: errorId, role: 'alert' }, error) : null);
}
