import { h } from '../../html.js';
import { tEnum } from '../../i18n/index.js';
import { FOCUS_AREAS } from '../../catalog.js';

/** The four focus areas as checkboxes. */
export function FocusAreaChoices({ value, onChange, disabled }) {
  return h('div', { className: 'choices', role: 'group' }, FOCUS_AREAS.map((f) => h('label', {
    key: f, className: 'choice' + (value.includes(f) ? ' is-checked' : ''),
  },
  h('input', {
    type: 'checkbox', value: f, checked: value.includes(f), disabled,
    onChange: (e) => onChange(e.target.checked ? value.concat(f) : value.filter((v) => v !== f)),
  }),
  h('span', null, tEnum('focus', f)))));
}
