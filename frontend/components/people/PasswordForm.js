import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { Field, inputProps, focusFirstError } from '../common/Field.js';
import { ErrorNotice } from '../common/ErrorNotice.js';

const MIN_LENGTH = 10;
const ORDER = ['currentPassword', 'newPassword', 'confirmPassword'];

/** Current password, a new one twice; the server's policy has the last word and names each reason. */
export function PasswordForm({ forced, onChanged, onCancel }) {
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const set = (key) => (e) => setValues({ ...values, [key]: e.target.value });

  const submit = (e) => {
    e.preventDefault();
    const found = {};
    if (!values.currentPassword) {
      found.currentPassword = t(forced ? 'password.oneTimeMissing' : 'password.currentMissing');
    }
    if (!values.newPassword) {
      found.newPassword = t('password.newMissing');
    } else if (values.newPassword.length < MIN_LENGTH) {
      found.newPassword = t('password.tooShort', { min: MIN_LENGTH });
    }
    if (values.newPassword && values.confirmPassword !== values.newPassword) {
      found.confirmPassword = t('password.mismatch');
    }
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirstError(found, ORDER);
      return;
    }
    setBusy(true);
    setProblem(null);
    api.changePassword(values.currentPassword, values.newPassword)
      .then(() => onChanged())
      .catch((err) => {
        setBusy(false);
        setErrors(err.fieldErrors);
        setProblem(Object.keys(err.fieldErrors).length ? null : err);
        focusFirstError(err.fieldErrors, ORDER);
      });
  };

  const field = (id, label, autoComplete, hint) => h(Field, { id, label, required: true, error: errors[id], hint },
    h('input', {
      ...inputProps(id, errors[id]), className: 'input', type: 'password', autoComplete,
      value: values[id], onChange: set(id), disabled: busy,
    }));

  return h('form', { className: 'form password-form', onSubmit: submit, noValidate: true },
    field('currentPassword', t(forced ? 'password.oneTime' : 'password.current'), 'current-password'),
    field('newPassword', t('password.new'), 'new-password', t('password.rules', { min: MIN_LENGTH })),
    field('confirmPassword', t('password.confirm'), 'new-password'),
    h(ErrorNotice, { error: problem }),
    h('div', { className: 'button-row' },
      h('button', { type: 'submit', className: 'btn btn-primary', disabled: busy },
        busy ? t('password.busy') : t('password.submit')),
      onCancel ? h('button', { type: 'button', className: 'btn btn-quiet', onClick: onCancel }, t('common.cancel')) : null));
}
