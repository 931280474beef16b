import { h } from '../../html.js';
import { t } from '../../i18n/index.js';
import { href } from '../../router.js';

/** What the page shows once the task has left the person: completed (✓) or handed to a colleague (→). */
export function TaskOutcome({ mark, title, text, links }) {
  return h('div', { className: 'page' },
    h('section', { className: 'card done-card', role: 'status' },
      h('div', { className: 'done-mark', 'aria-hidden': 'true' }, mark),
      h('h1', null, title),
      h('p', null, text),
      h('div', { className: 'button-row' },
        h('a', { className: 'btn btn-primary', href: href('/inbox') }, t('task.backToInbox')),
        links || null)));
}
