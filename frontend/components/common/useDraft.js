import { useState } from '../../html.js';
import { t } from '../../i18n/index.js';
import { focusFirstError } from './Field.js';
import { formProblem } from './FormProblem.js';

/**
 * One of our own forms being filled in: the values `v`, errors by field, the problem to show (see SubmitProblem)
 * and `busy` while it is sent. `check(v)` finds the errors before sending; `send(v)` sends and `onSent` takes the
 * answer; `fields` in the order of the form, for the focus and to tell its errors from others; `missing` says
 * calmly that the feature is not there when the server answers 404.
 */
export function useDraft(initial, { check, send, onSent, fields, missing }) {
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);

  const set = (key) => (value) => {
    setV((old) => ({ ...old, [key]: value }));
    if (errors[key]) {
      setErrors((old) => ({ ...old, [key]: undefined }));
    }
  };
  const onInput = (key) => (e) => set(key)(e.target.value);

  const submit = (e) => {
    e.preventDefault();
    const found = check(v);
    setErrors(found);
    if (Object.keys(found).length) {
      setProblem({ detail: t('form.fixErrors') });
      focusFirstError(found, fields);
      return;
    }
    setBusy(true);
    setProblem(null);
    send(v).then(onSent).catch((err) => {
      setBusy(false);
      const shown = formProblem(err, fields);
      setErrors(shown.errors);
      setProblem(err.status === 404 && missing ? { status: 404, detail: missing } : shown.problem);
      focusFirstError(shown.errors, fields);
    });
  };

  return { v, setV, errors, problem, busy, set, onInput, submit };
}
