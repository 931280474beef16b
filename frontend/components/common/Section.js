import { h } from '../../html.js';

/** A titled card on a page. */
export function Section({ title, actions, children, className }) {
  return h('section', { className: 'card' + (className ? ' ' + className : '') },
    (title || actions) ? h('div', { className: 'card-head' },
      title ? h('h2', null, title) : null,
      actions ? h('div', { className: 'card-actions' }, actions) : null) : null,
    children);
}
