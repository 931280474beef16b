import { h } from '../../html.js';
import { t } from '../../i18n/index.js';
import { money } from '../../format.js';

/** An agreement's money at a glance: intended, allocated to projects, and what remains for new ones. */
export function AgreementMoney({ agreement }) {
  const box = (label, amount) => h('div', { className: 'money-box' },
    h('div', { className: 'money-label' }, t(label)), h('div', { className: 'money-value' }, money(amount)));
  return h('div', { className: 'money-row' },
    box('agreement.intendedAmount', agreement.intendedAmount),
    box('agreement.allocated', agreement.allocatedAmount),
    box('agreement.remaining', agreement.remainingAmount));
}
