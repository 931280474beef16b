import { h } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { money } from '../../format.js';
import { useLoad } from '../../hooks.js';
import { Field, inputProps } from '../common/Field.js';

/** The plan year of a proposal, shown only when the chosen agreement has a funding plan. */
export function PlanYearField({ agreementId, value, onChange, error, disabled }) {
  const plan = useLoad(() => (agreementId ? api.agreementPlan(agreementId) : Promise.resolve(null)), [agreementId]);
  const years = (plan.data && plan.data.years) || [];
  if (years.length === 0) {
    return null;
  }
  return h(Field, { id: 'planYear', label: t('plan.planYear'), required: true, error, hint: t('plan.planYearHint') },
    h('select', { ...inputProps('planYear', error), className: 'input', value: value || '', onChange: (e) => onChange(e.target.value), disabled },
      h('option', { value: '' }, t('form.choose')),
      years.map((y) => h('option', { key: y.year, value: String(y.year) },
        y.year + ' · ' + t('plan.available') + ' ' + money(Number(y.available) - Number(y.committed))))));
}
