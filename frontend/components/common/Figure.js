import { h } from '../../html.js';

/** One figure of a row of figures: a label, a value, and an optional note beneath; name sets the colour. */
export function Figure({ name, label, value, note }) {
  return h('div', { className: 'figure' + (name ? ' figure-' + name : ''), 'data-figure': name || undefined },
    h('div', { className: 'figure-label' }, label),
    h('div', { className: 'figure-value' }, value),
    note ? h('div', { className: 'figure-note' }, note) : null);
}
