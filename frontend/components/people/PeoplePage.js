import { h, useState, useEffect } from '../../html.js';
import * as api from '../../api.js';
import { t, tEnum, unionName } from '../../i18n/index.js';
import { dateTime } from '../../format.js';
import { useLoad, useUnions } from '../../hooks.js';
import { href, navigate } from '../../router.js';
import { PersonDialog } from './PersonDialog.js';
import { OneTimePasswordDialog } from './OneTimePasswordDialog.js';
import { PeopleImportDialog } from './PeopleImportDialog.js';
import { Pager } from '../common/Pager.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';

const PAGE_SIZE = 20;
const ROLES = ['proposer', 'leader', 'finance', 'auditor', 'officer', 'inspector', 'admin'];

/** 人员管理: the administrator's list of people, with search, paging and every change to an account. */
export function PeoplePage({ query }) {
  const unions = useUnions();
  const q = query.q || '';
  const union = query.union || '';
  const role = query.role || '';
  const state = query.state || '';
  const page = Number(query.page || 0);
  const [text, setText] = useState(q);
  const [editing, setEditing] = useState(null);
  const [importing, setImporting] = useState(false);
  const [password, setPassword] = useState(null);
  const [busy, setBusy] = useState(null);
  const [actionError, setActionError] = useState(null);
  useEffect(() => setText(q), [q]);

  const disabled = state === 'disabled' ? true : state === 'active' ? false : undefined;
  const list = useLoad(() => api.people({ q, union, role, disabled, page, size: PAGE_SIZE }), [q, union, role, state, page]);
  const go = (changes) => navigate('/people', { q, union, role, state, ...changes, page: changes.page || undefined });
  const items = list.data ? list.data.items : [];

  const act = (person, call, confirmKey) => {
    if (confirmKey && !window.confirm(t(confirmKey, { name: person.displayName, username: person.username }))) {
      return;
    }
    setBusy(person.username);
    setActionError(null);
    call(person.username)
      .then((answer) => {
        if (answer && answer.oneTimePassword) {
          setPassword({ person: answer, password: answer.oneTimePassword });
        }
        list.reload();
      })
      .catch(setActionError)
      .then(() => setBusy(null));
  };

  const saved = (answer) => {
    setEditing(null);
    if (answer && answer.oneTimePassword) {
      setPassword({ person: answer, password: answer.oneTimePassword });
    }
    list.reload();
  };

  return h('div', { className: 'page' },
    h('div', { className: 'page-head' },
      h('div', null, h('h1', null, t('people.title')), h('p', { className: 'page-sub' }, t('people.lead'))),
      h('div', { className: 'button-row' },
        h('a', { className: 'btn export-people', href: api.peopleExportUrl, download: 'aidflow-people.xlsx' }, t('people.export')),
        h('button', { type: 'button', className: 'btn import-people', onClick: () => setImporting(true) }, t('people.import')),
        h('button', { type: 'button', className: 'btn btn-primary', disabled: !unions, onClick: () => setEditing('new') },
          '+ ', t('people.new')))),
    h('form', {
      className: 'filters', role: 'search',
      onSubmit: (e) => {
        e.preventDefault();
        go({ q: text.trim(), page: 0 });
      },
    },
      h('label', { className: 'filter filter-grow' },
        h('span', { className: 'filter-label' }, t('people.search')),
        h('input', { className: 'input', type: 'search', name: 'q', value: text, placeholder: t('people.searchPlaceholder'), onChange: (e) => setText(e.target.value) })),
      h('label', { className: 'filter' },
        h('span', { className: 'filter-label' }, t('people.union')),
        h('select', { className: 'input', name: 'union', value: union, onChange: (e) => go({ union: e.target.value, page: 0 }) },
          h('option', { value: '' }, t('common.all')),
          (unions ? unions.list : []).map((u) => h('option', { key: u.code, value: u.code }, u.code + ' · ' + unionName(u, u.code))))),
      h('label', { className: 'filter' },
        h('span', { className: 'filter-label' }, t('people.role')),
        h('select', { className: 'input', name: 'role', value: role, onChange: (e) => go({ role: e.target.value, page: 0 }) },
          h('option', { value: '' }, t('common.all')),
          ROLES.map((r) => h('option', { key: r, value: r }, tEnum('role', r))))),
      h('label', { className: 'filter' },
        h('span', { className: 'filter-label' }, t('people.state')),
        h('select', { className: 'input', name: 'state', value: state, onChange: (e) => go({ state: e.target.value, page: 0 }) },
          h('option', { value: '' }, t('common.all')),
          h('option', { value: 'active' }, t('people.active')),
          h('option', { value: 'disabled' }, t('people.disabled')))),
      h('div', { className: 'filter filter-buttons' },
        h('button', { type: 'submit', className: 'btn' }, t('common.search')),
        (q || union || role || state) ? h('a', { className: 'btn btn-quiet', href: href('/people') }, t('common.clear')) : null)),
    h(ErrorNotice, { error: actionError }),
    list.error ? h(ErrorNotice, { error: list.error, onRetry: list.reload }) : null,
    list.loading && !list.data ? h(Loading) : null,
    list.data && items.length === 0 ? h('div', { className: 'card empty' }, h('p', null, t('people.empty'))) : null,
    items.length > 0 ? h('div', { className: 'card card-flush' + (list.loading ? ' is-stale' : ''), 'aria-busy': list.loading ? 'true' : 'false' },
      h('div', { className: 'table-wrap' },
        h('table', { className: 'table people-table' },
          h('thead', null, h('tr', null,
            h('th', null, t('people.person')),
            h('th', null, t('people.union')),
            h('th', null, t('people.roles')),
            h('th', null, t('people.contact')),
            h('th', null, t('people.state')),
            h('th', { className: 'col-actions' }, h('span', { className: 'sr-only' }, t('common.actions'))))),
          h('tbody', null, items.map((p) => h('tr', { key: p.username, 'data-username': p.username },
            h('td', null,
              h('strong', null, p.displayName), p.displayNameEn ? h('div', { className: 'cell-note' }, p.displayNameEn) : null,
              h('div', { className: 'cell-note mono' }, p.username)),
            h('td', null, p.union ? unionName({ nameZh: p.unionNameZh, nameEn: p.unionNameEn }, p.union) : '—'),
            h('td', null, p.roles.map((r) => h('span', { className: 'role', key: r }, tEnum('role', r)))),
            h('td', null, p.email ? h('div', null, p.email) : null, p.phone ? h('div', { className: 'cell-note' }, p.phone) : null),
            h('td', null,
              p.disabled ? h('span', { className: 'badge badge-bad' }, t('people.disabled')) : h('span', { className: 'badge badge-ok' }, t('people.active')),
              p.passwordChangeRequired ? h('div', { className: 'cell-note' }, t('people.awaitingPassword')) : null,
              h('div', { className: 'cell-note' }, t('people.updated'), ' ', dateTime(p.updatedAt))),
            h('td', { className: 'col-actions nowrap' }, p.union && !p.roles.includes('admin') ? [
              h('button', { key: 'edit', type: 'button', className: 'btn btn-small', disabled: busy === p.username || !unions,
                onClick: () => setEditing(p) }, t('people.edit')),
              h('button', { key: 'reset', type: 'button', className: 'btn btn-small', disabled: busy === p.username,
                onClick: () => act(p, api.resetPassword, 'people.confirmReset') }, t('people.reset')),
              p.disabled
                ? h('button', { key: 'enable', type: 'button', className: 'btn btn-small', disabled: busy === p.username,
                  onClick: () => act(p, api.enablePerson) }, t('people.enable'))
                : h('button', { key: 'disable', type: 'button', className: 'btn btn-small btn-danger', disabled: busy === p.username,
                  onClick: () => act(p, api.disablePerson, 'people.confirmDisable') }, t('people.disable')),
            ] : h('span', { className: 'muted' }, t('people.administrator')))))))),
      h(Pager, { page, size: PAGE_SIZE, total: list.data.total, onPage: (n) => go({ page: n }) })) : null,
    editing && unions ? h(PersonDialog, { person: editing === 'new' ? null : editing, unions, onClose: () => setEditing(null), onSaved: saved }) : null,
    importing ? h(PeopleImportDialog, { onClose: () => setImporting(false), onImported: list.reload }) : null,
    password ? h(OneTimePasswordDialog, { person: password.person, password: password.password, onClose: () => setPassword(null) }) : null);
}
