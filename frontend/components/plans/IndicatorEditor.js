import { h } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { useLoad } from '../../hooks.js';
import { indicatorName, unitLabel } from './indicators.js';

/** The performance targets (绩效目标) of a proposal: indicators of the catalogue for its type, each with a target. */
export function IndicatorEditor({ type, rows, onChange, errors, disabled }) {
  const catalogue = useLoad(() => (type ? api.indicators(type) : Promise.resolve(null)), [type]);
  const items = (catalogue.data && catalogue.data.items) || [];
  if (!type) {
    return null;
  }
  const byCode = Object.fromEntries(items.map((i) => [i.code, i]));
  const chosen = new Set(rows.map((r) => r.code));
  const update = (n, patch) => onChange(rows.map((r, j) => (j === n ? { ...r, ...patch } : r)));
  const rowError = (n) => Object.keys(errors || {}).filter((k) => k.startsWith('indicators[' + n + ']')).map((k) => errors[k]).join(' ');
  return h('fieldset', { className: 'field' + (errors && errors.indicators ? ' has-error' : ''), 'data-field': 'indicators' },
    h('legend', { className: 'field-label' }, t('indicator.targetsTitle')),
    h('div', { className: 'field-hint' }, t('indicator.targetsHint')),
    rows.length ? h('table', { className: 'table table-compact', 'data-testid': 'indicator-editor' },
      h('thead', null, h('tr', null, h('th', null, t('indicator.name')), h('th', { className: 'num' }, t('indicator.target')), h('th', null, t('indicator.unit')), h('th', null))),
      h('tbody', null, rows.map((r, n) => h('tr', { key: n },
        h('td', null,
          h('select', {
            className: 'input', name: 'indicator-' + n, 'aria-label': t('indicator.name'), value: r.code, disabled,
            onChange: (e) => update(n, { code: e.target.value, unit: byCode[e.target.value] ? byCode[e.target.value].unit : '' }),
          },
          h('option', { value: '' }, t('form.choose')),
          items.filter((i) => i.code === r.code || !chosen.has(i.code)).map((i) => h('option', { key: i.code, value: i.code },
            t('indicatorCategory.' + i.category) + ' · ' + indicatorName(i)))),
          rowError(n) ? h('div', { className: 'field-error', role: 'alert' }, rowError(n)) : null),
        h('td', null, h('input', {
          className: 'input input-number', name: 'target-' + n, 'aria-label': t('indicator.target'), inputMode: 'decimal', value: r.target, disabled,
          onChange: (e) => update(n, { target: e.target.value }),
        })),
        h('td', null, r.unit ? unitLabel(r.unit) : ''),
        h('td', null, h('button', { type: 'button', className: 'btn btn-small', disabled, onClick: () => onChange(rows.filter((x, j) => j !== n)) }, t('plan.removeYear'))))))) : null,
    h('button', { type: 'button', className: 'btn btn-small', disabled, 'data-testid': 'indicator-add', onClick: () => onChange(rows.concat({ code: '', target: '', unit: '' })) },
      '+ ', t('indicator.add')),
    errors && errors.indicators ? h('div', { className: 'field-error', role: 'alert' }, errors.indicators) : null);
}

/** The targets as the API takes them: a number where the text is one, else the text for the server to refuse. */
export function indicatorsPayload(rows) {
  return rows.map((r) => ({
    code: r.code || null,
    target: /^\d+(\.\d{1,2})?$/.test(String(r.target).trim()) ? Number(r.target) : (String(r.target).trim() || null),
    unit: r.unit || null,
  }));
}
