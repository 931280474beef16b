import { h } from '../../html.js';
import { t } from '../../i18n/index.js';
import { cents, money, yuan } from '../../format.js';

/**
 * The tranche plan of a project: rows of amount and planned date. The sum is checked against the
 * budget as the person types.
 */
export function TranchePlanEditor({ rows, onChange, budget, errors, disabled }) {
  const budgetCents = cents(budget);
  const amounts = rows.map((r) => cents(r.amount));
  const allValid = amounts.every((a) => a !== null && a > 0);
  const sum = amounts.reduce((s, a) => s + (a || 0), 0);
  const difference = budgetCents === null ? null : budgetCents - sum;

  const update = (i, field, value) => onChange(rows.map((r, j) => (j === i ? { ...r, [field]: value } : r)));
  const remove = (i) => onChange(rows.filter((r, j) => j !== i));
  const add = () => {
    const rest = difference !== null && difference > 0 ? String(yuan(difference)) : '';
    onChange(rows.concat({ amount: rest, plannedOn: '' }));
  };

  let status;
  if (budgetCents === null) {
    status = h('span', { className: 'muted' }, t('tranches.noBudget'));
  } else if (difference === 0 && allValid) {
    status = h('span', { className: 'sum-ok' }, '✓ ', t('tranches.matches'));
  } else if (difference > 0) {
    status = h('span', { className: 'sum-bad' }, t('tranches.short', { amount: money(yuan(difference)) }));
  } else if (difference < 0) {
    status = h('span', { className: 'sum-bad' }, t('tranches.over', { amount: money(yuan(-difference)) }));
  } else {
    status = h('span', { className: 'sum-bad' }, t('tranches.invalidRows'));
  }

  const rowError = (i, field) => errors && (errors['tranches[' + i + '].' + field] || errors['tranches[' + i + ']']);

  return h('fieldset', { className: 'tranches' + (errors && errors.tranches ? ' has-error' : '') },
    h('legend', { className: 'field-label' }, t('tranches.title'), h('span', { className: 'required' }, ' *')),
    h('div', { className: 'table-wrap' },
      h('table', { className: 'table table-compact' },
        h('thead', null, h('tr', null,
          h('th', null, t('tranches.no')),
          h('th', null, t('tranches.amount')),
          h('th', null, t('tranches.plannedOn')),
          h('th', null, h('span', { className: 'sr-only' }, t('common.actions'))))),
        h('tbody', null, rows.map((r, i) => h('tr', { key: i },
          h('td', { className: 'nowrap' }, t('tranches.nth', { n: i + 1 })),
          h('td', null,
            h('input', {
              className: 'input input-number' + (r.amount !== '' && cents(r.amount) === null ? ' is-invalid' : ''),
              inputMode: 'decimal', value: r.amount, disabled, 'aria-label': t('tranches.amountOf', { n: i + 1 }),
              onChange: (e) => update(i, 'amount', e.target.value),
            }),
            rowError(i, 'amount') ? h('div', { className: 'field-error' }, rowError(i, 'amount')) : null),
          h('td', null,
            h('input', {
              className: 'input input-date', type: 'date', value: r.plannedOn, disabled,
              'aria-label': t('tranches.plannedOnOf', { n: i + 1 }), onChange: (e) => update(i, 'plannedOn', e.target.value),
            }),
            rowError(i, 'plannedOn') ? h('div', { className: 'field-error' }, rowError(i, 'plannedOn')) : null),
          h('td', null, rows.length > 1 ? h('button', {
            type: 'button', className: 'btn btn-small btn-quiet', disabled, onClick: () => remove(i),
          }, t('tranches.remove')) : null)))),
        h('tfoot', null, h('tr', null,
          h('td', null, t('tranches.sum')),
          h('td', { className: 'num' }, money(yuan(sum))),
          h('td', { colSpan: 2 }, status))))),
    h('button', { type: 'button', className: 'btn btn-small', disabled, onClick: add }, '+ ', t('tranches.add')),
    errors && errors.tranches ? h('div', { className: 'field-error', role: 'alert' }, errors.tranches) : null);
}

/** Client-side check of a plan: a message, or null when every row is complete and the sum equals the budget. */
export function checkTranches(rows, budget) {
  if (!rows.length) {
    return t('tranches.needOne');
  }
  for (const r of rows) {
    const c = cents(r.amount);
    if (c === null || c <= 0 || !/^\d{4}-\d{2}-\d{2}$/.test(r.plannedOn || '')) {
      return t('tranches.invalidRows');
    }
  }
  const b = cents(budget);
  const sum = rows.reduce((s, r) => s + cents(r.amount), 0);
  if (b !== null && sum !== b) {
    return t('tranches.mustEqual', { sum: money(yuan(sum)), budget: money(yuan(b)) });
  }
  return null;
}

/** The plan as JSON for the server: amounts as numbers in yuan, dates as yyyy-MM-dd. */
export function tranchesPayload(rows) {
  return rows.map((r) => ({ amount: yuan(cents(r.amount)), plannedOn: r.plannedOn }));
}
