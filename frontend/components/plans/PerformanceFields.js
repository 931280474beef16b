import { h } from '../../html.js';
import { t } from '../../i18n/index.js';
import { IndicatorTable, percent } from './indicators.js';

/**
 * Performance targets in the completion forms: the report gives each indicator's actual value, the inspection
 * sees planned vs actual, and the audit sees the computed score and writes why it gives another.
 */
export function PerformanceFields({ task, values, extras, onChange, errors, disabled }) {
  const data = task && task.data;
  const indicators = (data && data.indicators) || [];
  if (!indicators.length) {
    return null;
  }
  const key = task.taskKey;
  if (key === 'submitCompletionReport') {
    const given = extras.indicatorActuals || indicators.map((i) => ({ code: i.code, actual: '' }));
    const asNumber = (text) => (/^\d+(\.\d{1,2})?$/.test(String(text).trim()) ? Number(text) : text);
    const set = (n, text) => onChange('indicatorActuals', given.map((g, j) => (j === n ? { code: g.code, actual: asNumber(text) } : g)));
    const error = Object.keys(errors || {}).filter((k) => k.startsWith('indicatorActuals')).map((k) => errors[k]).join(' ');
    return h('fieldset', { className: 'field' + (error ? ' has-error' : ''), 'data-field': 'indicatorActuals' },
      h('legend', { className: 'field-label' }, t('indicator.actualsTitle'), h('span', { className: 'required' }, ' *')),
      h(IndicatorTable, {
        indicators,
        actualInput: (i, n) => h('input', {
          className: 'input input-number', name: 'actual-' + i.code, 'aria-label': t('indicator.actual'), inputMode: 'decimal',
          value: given[n] ? String(given[n].actual) : '', onChange: (e) => set(n, e.target.value), disabled,
        }),
      }),
      error ? h('div', { className: 'field-error', role: 'alert' }, error) : null);
  }
  const performance = data.performance;
  return h('div', { className: 'field', 'data-field': 'scoreReason' },
    h('div', { className: 'field-label' }, t('indicator.plannedVsActual')),
    h(IndicatorTable, { indicators }),
    key === 'auditProject' && performance ? h('div', null,
      h('p', { 'data-testid': 'computed-score' }, t('indicator.computedScore', { score: performance.computedScore, rounded: performance.roundedScore })),
      h('ul', { className: 'plain-list muted' }, Object.entries(performance.parts).map(([part, p]) => h('li', { key: part },
        t('indicatorPart.' + part), ' · ', t('indicator.weight', { weight: p.weight }), ' · ', percent(p.attainment)))),
      h('label', { className: 'field-label', htmlFor: 'f-scoreReason' }, t('indicator.scoreReason'),
        values && values.performanceScore !== undefined && values.performanceScore !== '' && Number(values.performanceScore) !== performance.roundedScore
          ? h('span', { className: 'required' }, ' *') : null),
      h('textarea', {
        id: 'f-scoreReason', name: 'scoreReason', className: 'input', rows: 3, maxLength: 4000, disabled,
        value: extras.scoreReason || '', onChange: (e) => onChange('scoreReason', e.target.value || undefined),
      }),
      h('div', { className: 'field-hint' }, t('indicator.scoreReasonHint')),
      errors && errors.scoreReason ? h('div', { className: 'field-error', role: 'alert' }, errors.scoreReason) : null) : null);
}
