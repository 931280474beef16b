import { h } from '../../html.js';
import { t, tEnum } from '../../i18n/index.js';
import { dateTime } from '../../format.js';
import { useLoad } from '../../hooks.js';
import { Dialog } from '../common/Dialog.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Loading } from '../common/Loading.js';

const shown = (value) => (value === null || value === undefined || value === '' ? '—' : String(value));
const pairing = (p) => p.donorCode + ' → ' + p.recipientCode + (p.countiesZh ? '（' + p.countiesZh + '）' : '');

/** The fields a change set, each "before → after" (only "after" for something new). */
function fieldLines(details) {
  const before = details.before || {};
  const after = details.after || {};
  const keys = Object.keys(details.after || details.before || {});
  return keys.filter((k) => !details.before || !details.after || shown(before[k]) !== shown(after[k]))
    .filter((k) => !('donorCode' in after) || k === 'countiesZh')
    .map((k) => h('li', { key: k }, tEnum('directoryField', k), ': ',
      details.before && details.after ? shown(before[k]) + ' → ' + shown(after[k]) : shown(details.after ? after[k] : before[k])));
}

function detailLines(details) {
  if (!details) {
    return null;
  }
  const lines = [];
  if (details.after && 'donorCode' in details.after) {
    lines.push(h('li', { key: 'pairing' }, pairing(details.after)));
  }
  lines.push(...fieldLines(details));
  for (const group of ['added', 'changed', 'removed']) {
    for (const [i, item] of (details[group] || []).entries()) {
      lines.push(h('li', { key: group + i }, t('directory.history.' + group), ': ',
        item.after ? pairing(item.after) + (item.before ? '（' + t('directory.history.was') + ' ' + shown(item.before.countiesZh) + '）' : '') : pairing(item)));
    }
  }
  if (details.copyPairingsFrom) {
    lines.push(h('li', { key: 'copy' }, t('directory.history.copied', { round: details.copyPairingsFrom, count: details.pairingsCopied })));
  }
  return lines.length ? h('ul', { className: 'change-lines' }, lines) : null;
}

/** Who changed a union or a round (with its pairings), when, and what: oldest first. */
export function ChangeHistory({ title, load, loadKey, onClose }) {
  const history = useLoad(load, [loadKey]);
  return h(Dialog, { title, onClose, className: 'dialog-wide change-history' },
    h(ErrorNotice, { error: history.error }),
    history.loading && !history.data ? h(Loading) : null,
    history.data && !history.data.length ? h('p', { className: 'muted' }, t('directory.history.none')) : null,
    history.data && history.data.length ? h('ol', { className: 'change-list' }, history.data.map((c) =>
      h('li', { key: c.id, className: 'change-item' },
        h('div', { className: 'change-head' },
          h('strong', null, tEnum('directoryAction', c.action)), ' · ', c.actorName || c.actor, ' · ', dateTime(c.at)),
        detailLines(c.details)))) : null);
}
