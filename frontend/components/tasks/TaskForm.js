import { h } from '../../html.js';
import { richText } from '../../labels.js';
import { FormField } from './FormField.js';

/** Renders a Camunda Form's components in order; `text` components as plain paragraphs. */
export function TaskForm({ form, values, errors, onChange, onBlur, subject, disabled, after }) {
  const render = (components) => (components || []).map((c, i) => {
    if (c.type === 'text') {
      return h('p', { key: c.id || 'text' + i, className: 'form-text' }, richText(c.text || ''));
    }
    if (c.type === 'group' && Array.isArray(c.components)) {
      return h('fieldset', { key: c.id || 'group' + i, className: 'form-group' }, render(c.components));
    }
    if (!c.key || c.type === 'button') {
      return null;
    }
    return h(FormField, {
      key: c.key, component: c, value: values[c.key], error: errors[c.key], onChange, onBlur, subject, disabled,
    });
  });
  return h('div', { className: 'form' }, render(form && form.components), after || null);
}
