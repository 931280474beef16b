import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t, tEnum, unionName } from '../../i18n/index.js';
import { Dialog } from '../common/Dialog.js';
import { Field, inputProps, focusFirstError } from '../common/Field.js';
import { ErrorNotice } from '../common/ErrorNotice.js';

/** The roles a union's people can hold, by the union's level (processes.md). */
export const LEVEL_ROLES = {
  DONOR: ['proposer', 'leader', 'finance', 'auditor'],
  REGION: ['officer', 'leader', 'finance', 'inspector'],
  PREFECTURE: ['officer', 'leader', 'finance'],
  DIVISION: ['officer', 'leader', 'finance'],
  NATIONAL: ['officer', 'auditor'],
};
const ORDER = ['username', 'displayName', 'displayNameEn', 'union', 'roles', 'email', 'phone'];
const USERNAME = /^[a-zA-Z0-9._:-]+$/;

/** Makes a person (person absent) or changes one: names, union, roles, e-mail and phone. */
export function PersonDialog({ person, unions, onClose, onSaved }) {
  const editing = !!person;
  const [values, setValues] = useState({
    username: person ? person.username : '',
    displayName: person ? person.displayName || '' : '',
    displayNameEn: person ? person.displayNameEn || '' : '',
    union: person ? person.union || '' : '',
    roles: person ? person.roles : [],
    email: person ? person.email || '' : '',
    phone: person ? person.phone || '' : '',
  });
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const union = unions.byCode[values.union];
  const possible = union ? LEVEL_ROLES[union.level] || [] : [];
  const set = (key) => (e) => setValues({ ...values, [key]: e.target.value });
  const chooseUnion = (e) => {
    const next = unions.byCode[e.target.value];
    const fits = next ? LEVEL_ROLES[next.level] || [] : [];
    setValues({ ...values, union: e.target.value, roles: values.roles.filter((r) => fits.includes(r)) });
  };
  const toggleRole = (role) => setValues({
    ...values, roles: values.roles.includes(role) ? values.roles.filter((r) => r !== role) : [...values.roles, role],
  });

  const submit = (e) => {
    e.preventDefault();
    const found = {};
    if (!editing && !values.username.trim()) {
      found.username = t('people.required');
    } else if (!editing && !USERNAME.test(values.username.trim())) {
      found.username = t('people.usernameRule');
    }
    if (!values.displayName.trim()) {
      found.displayName = t('people.required');
    }
    if (!values.union) {
      found.union = t('people.required');
    }
    if (!values.roles.length) {
      found.roles = t('people.chooseRole');
    }
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirstError(found, ORDER);
      return;
    }
    const body = {
      displayName: values.displayName.trim(), displayNameEn: values.displayNameEn.trim(), union: values.union,
      roles: values.roles, email: values.email.trim(), phone: values.phone.trim(),
    };
    setBusy(true);
    setProblem(null);
    (editing ? api.updatePerson(person.username, body) : api.createPerson({ ...body, username: values.username.trim() }))
      .then(onSaved)
      .catch((err) => {
        setBusy(false);
        setErrors(err.fieldErrors);
        setProblem(Object.keys(err.fieldErrors).length ? null : err);
        focusFirstError(err.fieldErrors, ORDER);
      });
  };

  const text = (id, label, options = {}) => h(Field, { id, label, required: options.required, error: errors[id], hint: options.hint },
    h('input', {
      ...inputProps(id, errors[id]), className: 'input', value: values[id], onChange: set(id),
      disabled: busy || options.disabled, type: options.type || 'text', autoComplete: 'off',
    }));

  return h(Dialog, { title: editing ? t('people.editTitle', { username: person.username }) : t('people.newTitle'), onClose },
    h('form', { className: 'form person-form', onSubmit: submit, noValidate: true },
      editing ? null : text('username', t('people.username'), { required: true, hint: t('people.usernameHint') }),
      text('displayName', t('people.displayName'), { required: true }),
      text('displayNameEn', t('people.displayNameEn')),
      h(Field, { id: 'union', label: t('people.union'), required: true, error: errors.union },
        h('select', { ...inputProps('union', errors.union), className: 'input', value: values.union, onChange: chooseUnion, disabled: busy },
          h('option', { value: '' }, t('people.chooseUnion')),
          unions.list.map((u) => h('option', { key: u.code, value: u.code }, u.code + ' · ' + unionName(u, u.code))))),
      h(Field, { id: 'roles', label: t('people.roles'), required: true, error: errors.roles, group: true,
        hint: union ? null : t('people.rolesAfterUnion') },
      h('div', { className: 'choices', role: 'group', 'aria-labelledby': 'f-roles-label' },
        possible.map((role) => h('label', { key: role, className: 'choice' + (values.roles.includes(role) ? ' is-checked' : '') },
          h('input', {
            type: 'checkbox', name: 'roles', value: role, checked: values.roles.includes(role), disabled: busy,
            onChange: () => toggleRole(role),
          }),
          h('span', null, tEnum('role', role)))))),
      text('email', t('people.email'), { type: 'email' }),
      text('phone', t('people.phone'), { type: 'tel' }),
      h(ErrorNotice, { error: problem }),
      h('div', { className: 'button-row' },
        h('button', { type: 'submit', className: 'btn btn-primary', disabled: busy },
          busy ? t('people.saving') : editing ? t('people.save') : t('people.create')),
        h('button', { type: 'button', className: 'btn btn-quiet', onClick: onClose }, t('common.cancel')))));
}
