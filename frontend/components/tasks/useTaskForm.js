import { useState, useEffect } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { initialValues, validateAll, validateField, toPayload, fieldsOf, firstErrorKey } from '../../forms.js';
import { checkTranches, tranchesPayload } from '../project/TranchePlanEditor.js';

// Tasks whose form carries the project's tranche plan beside the Camunda Form's own fields.
const WITH_TRANCHE_PLAN = ['reviseProposal'];

function initialTranches(data) {
  const given = (data && data.values && data.values.tranches) || (data && data.project && data.project.tranches) || [];
  const rows = given.map((tr) => ({ amount: tr.amount === undefined || tr.amount === null ? '' : String(tr.amount), plannedOn: tr.plannedOn || '' }));
  return rows.length ? rows : [{ amount: '', plannedOn: '' }];
}

function focusField(key) {
  window.setTimeout(() => {
    const el = document.querySelector('[data-field="' + key + '"] input, [data-field="' + key + '"] textarea, [data-field="' + key + '"] select');
    if (el) {
      el.focus();
    }
  }, 0);
}

/** Sorts a refused completion's errors: those of the form's fields go beside them, the rest into one line. */
function splitErrors(err, known) {
  const fieldErrors = {};
  const others = [];
  for (const fe of err.errors) {
    const base = String(fe.field || '').replace(/\[.*$/, '');
    if (known.has(fe.field) || known.has(base)) {
      fieldErrors[fe.field] = fieldErrors[fe.field] ? fieldErrors[fe.field] + ' ' + fe.message : fe.message;
    } else {
      others.push((fe.field ? fe.field + ': ' : '') + fe.message);
    }
  }
  return { fieldErrors, others };
}

/**
 * A task's form as the person fills it in: values (null until the task has loaded), the tranche plan where the task
 * has one, errors per field, the problem to show, and the calls that change, check and complete it.
 */
export function useTaskForm(task) {
  const [values, setValues] = useState(null);
  const [tranches, setTranches] = useState(null);
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  // fields other features add to a form beyond its schema (performance targets: plans/PerformanceFields)
  const [extras, setExtras] = useState({});
  const setExtra = (key, value) => setExtras((x) => ({ ...x, [key]: value }));

  useEffect(() => {
    if (task && values === null) {
      setValues(initialValues(task.form, task.data && task.data.values));
      setTranches(initialTranches(task.data));
    }
  }, [task]); // eslint-disable-line react-hooks/exhaustive-deps

  const withPlan = !!task && WITH_TRANCHE_PLAN.includes(task.taskKey);
  const checkField = (key, value) => {
    const component = fieldsOf(task.form).find((c) => c.key === key);
    return component ? validateField(component, value) : null;
  };

  const change = (key, value) => {
    setValues((v) => ({ ...v, [key]: value }));
    if (errors[key]) {
      const message = checkField(key, value);
      setErrors((e) => {
        const next = { ...e };
        if (message) {
          next[key] = message;
        } else {
          delete next[key];
        }
        return next;
      });
    }
  };

  const blur = (key) => {
    const message = checkField(key, values[key]);
    if (message) {
      setErrors((e) => ({ ...e, [key]: message }));
    }
  };

  const changeTranches = (rows) => {
    setTranches(rows);
    if (errors.tranches) {
      setErrors((e) => ({ ...e, tranches: undefined }));
    }
  };

  const refused = (err) => {
    const known = new Set(fieldsOf(task.form).map((c) => c.key).concat(withPlan ? ['tranches'] : []).concat(Object.keys(extras)));
    const { fieldErrors, others } = splitErrors(err, known);
    setErrors(fieldErrors);
    setProblem({
      title: err.title,
      detail: Object.keys(fieldErrors).length && !others.length ? t('form.serverFieldErrors') : (others.join('; ') || err.detail || err.message),
      status: err.status,
    });
    if (Object.keys(fieldErrors).length) {
      focusField(Object.keys(fieldErrors)[0].replace(/\[.*$/, ''));
    }
  };

  const submit = (e) => {
    e.preventDefault();
    const clientErrors = validateAll(task.form, values);
    const withTranches = withPlan && (values.action === undefined || values.action === 'RESUBMIT');
    const planError = withTranches ? checkTranches(tranches, values.budget) : null;
    if (planError) {
      clientErrors.tranches = planError;
    }
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length) {
      setProblem({ detail: t('form.fixErrors') });
      focusField(firstErrorKey(task.form, clientErrors));
      return;
    }
    const body = { ...toPayload(task.form, values), ...extras };
    if (withTranches) {
      body.tranches = tranchesPayload(tranches);
    }
    setBusy(true);
    setProblem(null);
    api.completeTask(task.id, body)
      .then(() => setDone(true))
      .catch(refused)
      .then(() => setBusy(false));
  };

  return {
    values, tranches, errors, problem, busy, done, change, blur, changeTranches, submit, extras, setExtra,
    showsPlan: withPlan && !!values && values.action !== 'WITHDRAW',
  };
}
