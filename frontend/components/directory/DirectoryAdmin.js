import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t, tEnum, unionName } from '../../i18n/index.js';
import { forgetUnions, useLoad } from '../../hooks.js';
import { hasRole, useSession } from '../../session.js';
import { ChangeHistory } from '../audit/ChangeHistory.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Loading } from '../common/Loading.js';
import { RoundDialog } from './RoundDialog.js';
import { RoundPairings } from './RoundPairings.js';
import { Section } from '../common/Section.js';
import { LEVELS, UnionDialog } from './UnionDialog.js';

/**
 * 组织与结对: the administrator keeps the union directory and the rounds of the program with their
 * pairings. Every change is recorded (who, when, before and after) and shown in the history.
 */
export function DirectoryAdmin() {
  const me = useSession();
  const [version, setVersion] = useState(0);
  const unions = useLoad(() => api.unions(), [version]);
  const rounds = useLoad(() => (hasRole(me, 'admin') ? api.adminRounds() : []), [version]);
  const [selected, setSelected] = useState(null);
  const [dialog, setDialog] = useState(null);
  const [error, setError] = useState(null);

  if (!hasRole(me, 'admin')) {
    return h('div', { className: 'page directory-page' }, h('div', { className: 'notice notice-info' }, t('directory.onlyAdmin')));
  }
  const changed = () => {
    forgetUnions();
    setVersion((n) => n + 1);
  };
  const saved = () => {
    setDialog(null);
    changed();
  };
  const roundList = rounds.data || [];
  const unionList = unions.data
    ? [...unions.data].sort((x, y) => LEVELS.indexOf(x.level) - LEVELS.indexOf(y.level) || x.code.localeCompare(y.code)) : [];
  const byCode = Object.fromEntries(unionList.map((u) => [u.code, u]));
  const current = roundList.find((r) => r.code === selected) || roundList.find((r) => r.inForce) || roundList[roundList.length - 1];
  const thisYear = new Date().getFullYear();

  const removeRound = (r) => {
    if (window.confirm(t('directory.confirmDeleteRound', { round: r.code }))) {
      api.deleteRound(r.code).then(() => {
        setSelected(null);
        changed();
      }).catch(setError);
    }
  };
  const history = (title, load, loadKey) => setDialog({ kind: 'history', title, load, loadKey });

  return h('div', { className: 'page directory-page' },
    h('div', { className: 'page-head' },
      h('div', null, h('h1', null, t('directory.title')), h('p', { className: 'page-sub' }, t('directory.lead')))),
    h(ErrorNotice, { error: error || unions.error || rounds.error, onRetry: changed }),
    (unions.loading && !unions.data) || (rounds.loading && !rounds.data) ? h(Loading) : null,

    h(Section, {
      title: t('directory.rounds'),
      actions: h('button', { type: 'button', className: 'btn btn-small btn-primary new-round', onClick: () => setDialog({ kind: 'round' }) }, t('directory.newRound')),
    },
    h('p', { className: 'muted' }, t('directory.roundsLead')),
    roundList.length ? h('div', { className: 'table-wrap' }, h('table', { className: 'table table-compact rounds-table' },
      h('thead', null, h('tr', null,
        h('th', null, t('directory.code')), h('th', null, t('directory.name')), h('th', null, t('directory.years')),
        h('th', null, t('directory.state')), h('th', { className: 'num' }, t('directory.pairingCount')), h('th', null, t('common.actions')))),
      h('tbody', null, roundList.map((r) => h('tr', { key: r.code, 'data-round': r.code, className: current && current.code === r.code ? 'is-selected' : '' },
        h('td', { className: 'mono' }, r.code),
        h('td', null, unionName(r, r.code)),
        h('td', null, r.startYear + '–' + r.endYear),
        h('td', null,
          r.inForce ? h('span', { className: 'badge badge-ok' }, t('directory.inForce')) : null, ' ',
          r.closed ? h('span', { className: 'badge badge-muted' }, t('directory.closed'))
            : (r.startYear > thisYear ? h('span', { className: 'badge badge-info' }, t('directory.upcoming')) : null)),
        h('td', { className: 'num' }, r.pairingCount),
        h('td', { className: 'nowrap' },
          h('button', { type: 'button', className: 'btn btn-small show-pairings', onClick: () => setSelected(r.code) }, t('directory.showPairings')), ' ',
          h('button', { type: 'button', className: 'btn btn-small edit-round', onClick: () => setDialog({ kind: 'round', round: r }) }, t('directory.edit')), ' ',
          h('button', { type: 'button', className: 'btn btn-small btn-quiet round-history',
            onClick: () => history(t('directory.historyOf', { name: r.code }), () => api.roundHistory(r.code), 'round:' + r.code + ':' + version) },
          t('directory.history')), ' ',
          r.startYear > thisYear ? h('button', { type: 'button', className: 'btn btn-small btn-danger', onClick: () => removeRound(r) }, t('directory.delete')) : null)))))) : null),

    current && unions.data ? h(RoundPairings, { key: current.code, round: current, unions: unionList, onChanged: changed }) : null,

    h(Section, {
      title: t('directory.unions'),
      actions: h('button', { type: 'button', className: 'btn btn-small btn-primary new-union', onClick: () => setDialog({ kind: 'union' }) }, t('directory.newUnion')),
    },
    unionList.length ? h('div', { className: 'table-wrap' }, h('table', { className: 'table table-compact unions-table' },
      h('thead', null, h('tr', null,
        h('th', null, t('directory.code')), h('th', null, t('directory.nameZh')), h('th', null, t('directory.nameEn')),
        h('th', null, t('directory.level')), h('th', null, t('directory.parent')), h('th', null, t('common.actions')))),
      h('tbody', null, unionList.map((u) => h('tr', { key: u.code, 'data-union': u.code },
        h('td', { className: 'mono' }, u.code),
        h('td', null, u.nameZh),
        h('td', null, u.nameEn),
        h('td', null, tEnum('level', u.level)),
        h('td', null, u.parentCode ? unionName(byCode[u.parentCode], u.parentCode) : '—'),
        h('td', { className: 'nowrap' },
          h('button', { type: 'button', className: 'btn btn-small edit-union', onClick: () => setDialog({ kind: 'union', union: u }) }, t('directory.edit')), ' ',
          h('button', { type: 'button', className: 'btn btn-small btn-quiet union-history',
            onClick: () => history(t('directory.historyOf', { name: unionName(u, u.code) }), () => api.unionHistory(u.code), 'union:' + u.code + ':' + version) },
          t('directory.history')))))))) : null),

    dialog && dialog.kind === 'union' ? h(UnionDialog, { union: dialog.union, unions: unionList, onClose: () => setDialog(null), onSaved: saved }) : null,
    dialog && dialog.kind === 'round' ? h(RoundDialog, { round: dialog.round, rounds: roundList, onClose: () => setDialog(null), onSaved: saved }) : null,
    dialog && dialog.kind === 'history' ? h(ChangeHistory, { title: dialog.title, load: dialog.load, loadKey: dialog.loadKey, onClose: () => setDialog(null) }) : null);
}
