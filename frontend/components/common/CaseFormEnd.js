import { Fragment, h } from '../../html.js';
import { t } from '../../i18n/index.js';
import { href } from '../../router.js';
import { Field, inputProps } from './Field.js';
import { SubmitProblem } from './SubmitProblem.js';

/** The end of the form for a new agreement or project (`kind`): the description, why it was not sent, the buttons. */
export function CaseFormEnd({ kind, draft }) {
  const { v, errors, busy, onInput } = draft;
  return h(Fragment, null,
    h(Field, { id: 'description', label: t(kind + '.description'), error: errors.description },
      h('textarea', { ...inputProps('description', errors.description), className: 'input', rows: 5, value: v.description, onChange: onInput('description'), disabled: busy })),
    h(SubmitProblem, { problem: draft.problem }),
    h('div', { className: 'button-row' },
      h('button', { type: 'submit', className: 'btn btn-primary', disabled: busy }, busy ? t('task.submitting') : t(kind + 's.submit')),
      h('a', { className: 'btn btn-quiet', href: href('/' + kind + 's') }, t('common.cancel'))));
}
