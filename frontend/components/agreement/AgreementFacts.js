import { h } from '../../html.js';
import { t, tEnum, unionName } from '../../i18n/index.js';
import { date, money } from '../../format.js';
import { Facts } from '../common/Facts.js';
import { StatusBadge } from '../common/StatusBadge.js';

/** The fields of an agreement as label / value rows. */
export function AgreementFacts({ agreement: a, withMoney }) {
  const rows = [
    [t('agreement.code'), h('span', { className: 'mono' }, a.code)],
    [t('agreement.title'), a.title],
    [t('agreement.status'), h(StatusBadge, { status: a.status })],
    [t('agreement.donor'), unionName(a.donorName, a.donorUnion)],
    [t('agreement.recipient'), unionName(a.recipientName, a.recipientUnion)],
    [t('agreement.focusAreas'), (a.focusAreas || []).map((f) => tEnum('focus', f)).join(t('common.listSeparator'))],
    [t('agreement.intendedAmount'), h('span', { className: 'num' }, money(a.intendedAmount))],
    [t('agreement.period'), date(a.startDate) + ' — ' + date(a.endDate)],
  ];
  if (withMoney && a.allocatedAmount !== undefined) {
    rows.push([t('agreement.allocated'), h('span', { className: 'num' }, money(a.allocatedAmount))]);
    rows.push([t('agreement.remaining'), h('span', { className: 'num' }, money(a.remainingAmount))]);
  }
  rows.push([t('agreement.createdBy'), a.createdBy]);
  return h('div', null,
    h(Facts, { rows }),
    a.description ? h('div', { className: 'description' },
      h('div', { className: 'facts-label' }, t('agreement.description')),
      h('p', { className: 'prewrap' }, a.description)) : null);
}
