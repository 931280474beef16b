import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { cents, money, yuan } from '../../format.js';
import { useLoad } from '../../hooks.js';
import { isDonorProposer } from '../../session.js';
import { Section } from '../common/Section.js';
import { ErrorNotice } from '../common/ErrorNotice.js';

const COLUMNS = ['amount', 'carryIn', 'available', 'committed', 'approved', 'transferred', 'unused'];

/** An agreement's funding plan per year: plan vs approved vs transferred, with carry-over; the donor proposer edits it. */
export function FundingPlan({ agreement, me }) {
  const [version, setVersion] = useState(0);
  const plan = useLoad(() => api.agreementPlan(agreement.id), [agreement.id, version]);
  const [editing, setEditing] = useState(null);
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const mayEdit = isDonorProposer(me) && me.union && me.union.code === agreement.donorUnion
    && !['REJECTED', 'WITHDRAWN'].includes(agreement.status);
  const years = (plan.data && plan.data.years) || [];

  const start = () => {
    setProblem(null);
    setEditing(years.length ? years.map((y) => ({ year: String(y.year), amount: String(y.amount) }))
      : [{ year: String(new Date(agreement.startDate).getFullYear()), amount: '' }]);
  };
  const update = (i, key, value) => setEditing(editing.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  const save = async (e) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await api.saveAgreementPlan(agreement.id, editing.map((r) => ({
        year: /^\d{4}$/.test(r.year.trim()) ? Number(r.year.trim()) : null,
        amount: cents(r.amount) === null ? null : yuan(cents(r.amount)),
      })));
      setEditing(null);
      setVersion(version + 1);
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  const actions = mayEdit && !editing ? h('button', { type: 'button', className: 'btn btn-small', onClick: start, 'data-testid': 'plan-edit' },
    t(years.length ? 'plan.edit' : 'plan.create')) : null;
  return h(Section, { title: t('plan.title'), actions },
    plan.error ? h(ErrorNotice, { error: plan.error }) : null,
    editing ? h('form', { className: 'form', onSubmit: save, 'data-testid': 'plan-form' },
      h('table', { className: 'table table-compact' },
        h('thead', null, h('tr', null, h('th', null, t('plan.year')), h('th', { className: 'num' }, t('plan.amount')), h('th', null))),
        h('tbody', null, editing.map((r, i) => h('tr', { key: i },
          h('td', null, h('input', { className: 'input', name: 'year-' + i, 'aria-label': t('plan.year'), value: r.year, inputMode: 'numeric', onChange: (e) => update(i, 'year', e.target.value), disabled: busy })),
          h('td', null, h('input', { className: 'input input-number', name: 'amount-' + i, 'aria-label': t('plan.amount'), value: r.amount, inputMode: 'decimal', onChange: (e) => update(i, 'amount', e.target.value), disabled: busy })),
          h('td', null, h('button', { type: 'button', className: 'btn btn-small', onClick: () => setEditing(editing.filter((x, j) => j !== i)), disabled: busy }, t('plan.removeYear'))))))),
      problem ? h(ErrorNotice, { error: problem }) : null,
      h('div', { className: 'card-actions' },
        h('button', { type: 'button', className: 'btn btn-small', onClick: () => setEditing(editing.concat({ year: '', amount: '' })), disabled: busy }, '+ ', t('plan.addYear')),
        h('button', { type: 'submit', className: 'btn btn-small btn-primary', disabled: busy }, t('plan.save')),
        h('button', { type: 'button', className: 'btn btn-small', onClick: () => setEditing(null), disabled: busy }, t('plan.cancel'))))
      : null,
    !editing && years.length === 0 ? h('p', { className: 'muted' }, t('plan.none')) : null,
    !editing && years.length > 0 ? h('div', { className: 'table-wrap' }, h('table', { className: 'table', 'data-testid': 'plan-table' },
      h('thead', null, h('tr', null, h('th', null, t('plan.year')), COLUMNS.map((c) => h('th', { key: c, className: 'num' }, t('plan.' + c))))),
      h('tbody', null, years.map((y) => h('tr', { key: y.year },
        h('td', null, String(y.year)), COLUMNS.map((c) => h('td', { key: c, className: 'num' }, money(y[c])))))))) : null);
}
