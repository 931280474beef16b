import { h } from '../../html.js';
import { t } from '../../i18n/index.js';

/** A labelled field with its hint and error, for our own (non-Camunda) forms. */
export function Field({ id, label, required, error, hint, group, children }) {
  return h('div', { className: 'field' + (error ? ' has-error' : '') + (group ? ' field-group' : ''), 'data-field': id },
    h(group ? 'div' : 'label', { className: 'field-label', htmlFor: group ? undefined : 'f-' + id, id: 'f-' + id + '-label' },
      label, required ? h('span', { className: 'required', title: t('form.required') }, ' *') : null),
    children,
    hint ? h('div', { className: 'field-hint' }, hint) : null,
    error ? h('div', { className: 'field-error', role: 'alert', id: 'f-' + id + '-error' }, error) : null);
}

/** Attributes shared by inputs inside a Field. */
export function inputProps(id, error) {
  return {
    id: 'f-' + id, name: id, 'aria-invalid': error ? 'true' : 'false',
    'aria-describedby': error ? 'f-' + id + '-error' : undefined,
  };
}

/** Moves focus to the first field with an error. */
export function focusFirstError(errors, order) {
  const key = order.find((k) => errors[k]) || Object.keys(errors)[0];
  if (!key) {
    return;
  }
  window.setTimeout(() => {
    const el = document.querySelector('[data-field="' + key.replace(/\[.*$/, '') + '"] input, [data-field="' + key.replace(/\[.*$/, '') + '"] select, [data-field="' + key.replace(/\[.*$/, '') + '"] textarea');
    if (el) {
      el.focus();
    }
  }, 0);
}
