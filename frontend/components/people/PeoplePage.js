import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t, tEnum, unionName } from '../../i18n/index.js';
import { dateTime } from '../../format.js';
import { useUnions } from '../../hooks.js';
import { PersonDialog } from './PersonDialog.js';
import { OneTimePasswordDialog } from './OneTimePasswordDialog.js';
import { PeopleImportDialog } from './PeopleImportDialog.js';
import { ListPage, useListing } from '../common/ListPage.js';
import { ErrorNotice } from '../common/ErrorNotice.js';

const ROLES = ['proposer', 'leader', 'finance', 'auditor', 'officer', 'inspector', 'admin'];

/** 人员管理: the administrator's list of people, with search, paging and every change to an account. */
export function PeoplePage({ query }) {
  const unions = useUnions();
  const [editing, setEditing] = useState(null);
  const [importing, setImporting] = useState(false);
  const [password, setPassword] = useState(null);
  const [busy, setBusy] = useState(null);
  const [actionError, setActionError] = useState(null);
  const listing = useListing('/people', query, ['q', 'union', 'role', 'state'], ({ state, ...params }, paging) => api.people({
    ...params, disabled: state === 'disabled' ? true : state === 'active' ? false : undefined, ...paging,
  }));
  const list = listing.list;

  const showPassword = (answer) => {
    if (answer && answer.oneTimePassword) {
      setPassword({ person: answer, password: answer.oneTimePassword });
    }
  };

  const act = (person, call, confirmKey) => {
    if (confirmKey && !window.confirm(t(confirmKey, { name: person.displayName, username: person.username }))) {
      return;
    }
    setBusy(person.username);
    setActionError(null);
    call(person.username)
      .then((answer) => {
        showPassword(answer);
        list.reload();
      })
      .catch(setActionError)
      .then(() => setBusy(null));
  };

  const saved = (answer) => {
    setEditing(null);
    showPassword(answer);
    list.reload();
  };

  const actions = (p) => (p.union && !p.roles.includes('admin') ? [
    h('button', { key: 'edit', type: 'button', className: 'btn btn-small', disabled: busy === p.username || !unions,
      onClick: () => setEditing(p) }, t('people.edit')),
    h('button', { key: 'reset', type: 'button', className: 'btn btn-small', disabled: busy === p.username,
      onClick: () => act(p, api.resetPassword, 'people.confirmReset') }, t('people.reset')),
    p.disabled
      ? h('button', { key: 'enable', type: 'button', className: 'btn btn-small', disabled: busy === p.username,
        onClick: () => act(p, api.enablePerson) }, t('people.enable'))
      : h('button', { key: 'disable', type: 'button', className: 'btn btn-small btn-danger', disabled: busy === p.username,
        onClick: () => act(p, api.disablePerson, 'people.confirmDisable') }, t('people.disable')),
  ] : h('span', { className: 'muted' }, t('people.administrator')));

  return h(ListPage, {
    listing,
    title: t('people.title'),
    lead: t('people.lead'),
    aside: h('div', { className: 'button-row' },
      h('a', { className: 'btn export-people', href: api.peopleExportUrl, download: 'aidflow-people.xlsx' }, t('people.export')),
      h('button', { type: 'button', className: 'btn import-people', onClick: () => setImporting(true) }, t('people.import')),
      h('button', { type: 'button', className: 'btn btn-primary', disabled: !unions, onClick: () => setEditing('new') },
        '+ ', t('people.new'))),
    filters: [
      { name: 'q', search: true, label: t('people.search'), placeholder: t('people.searchPlaceholder') },
      {
        name: 'union', label: t('people.union'),
        options: (unions ? unions.list : []).map((u) => ({ value: u.code, label: u.code + ' · ' + unionName(u, u.code) })),
      },
      { name: 'role', label: t('people.role'), options: ROLES.map((r) => ({ value: r, label: tEnum('role', r) })) },
      {
        name: 'state', label: t('people.state'),
        options: [{ value: 'active', label: t('people.active') }, { value: 'disabled', label: t('people.disabled') }],
      },
    ],
    before: h(ErrorNotice, { error: actionError }),
    empty: t('people.empty'),
    tableClass: 'table people-table',
    columns: [
      {
        head: t('people.person'),
        cell: (p) => [h('strong', { key: 'name' }, p.displayName),
          p.displayNameEn ? h('div', { key: 'en', className: 'cell-note' }, p.displayNameEn) : null,
          h('div', { key: 'user', className: 'cell-note mono' }, p.username)],
      },
      { head: t('people.union'), cell: (p) => (p.union ? unionName({ nameZh: p.unionNameZh, nameEn: p.unionNameEn }, p.union) : '—') },
      { head: t('people.roles'), cell: (p) => p.roles.map((r) => h('span', { className: 'role', key: r }, tEnum('role', r))) },
      {
        head: t('people.contact'),
        cell: (p) => [p.email ? h('div', { key: 'email' }, p.email) : null,
          p.phone ? h('div', { key: 'phone', className: 'cell-note' }, p.phone) : null],
      },
      {
        head: t('people.state'),
        cell: (p) => [
          p.disabled ? h('span', { key: 'state', className: 'badge badge-bad' }, t('people.disabled'))
            : h('span', { key: 'state', className: 'badge badge-ok' }, t('people.active')),
          p.passwordChangeRequired ? h('div', { key: 'awaiting', className: 'cell-note' }, t('people.awaitingPassword')) : null,
          h('div', { key: 'updated', className: 'cell-note' }, t('people.updated'), ' ', dateTime(p.updatedAt))],
      },
      { head: h('span', { className: 'sr-only' }, t('common.actions')), className: 'col-actions', cellClass: 'col-actions nowrap', cell: actions },
    ],
    row: (p) => ({ key: p.username, 'data-username': p.username }),
  },
  editing && unions ? h(PersonDialog, { key: 'person', person: editing === 'new' ? null : editing, unions, onClose: () => setEditing(null), onSaved: saved }) : null,
  importing ? h(PeopleImportDialog, { key: 'import', onClose: () => setImporting(false), onImported: list.reload }) : null,
  password ? h(OneTimePasswordDialog, { key: 'password', person: password.person, password: password.password, onClose: () => setPassword(null) }) : null);
}
