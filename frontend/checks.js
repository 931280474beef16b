// Checks shared by our own (non-Camunda) forms; each adds its message to `errors` under the field's key.
import { t } from './i18n/index.js';
import { cents } from './format.js';

/** Present, once trimmed, and at most `max` characters (counted as the server counts them, by code point). */
export function checkText(errors, key, value, max, required) {
  const text = String(value || '').trim();
  const length = [...text].length;
  if (required && !text) {
    errors[key] = t('validation.required');
  } else if (length > max) {
    errors[key] = t('validation.maxLength', { max, length });
  }
}

/** A positive amount in yuan with at most two decimals; answers it in cents, or null when it is not one. */
export function checkAmount(errors, key, value) {
  const amount = cents(value);
  if (!String(value).trim()) {
    errors[key] = t('validation.required');
  } else if (amount === null) {
    errors[key] = t('validation.amount');
  } else if (amount <= 0) {
    errors[key] = t('validation.positive');
  }
  return errors[key] ? null : amount;
}

/** Every key in `keys` has a value (a choice made, a date given). */
export function checkChosen(errors, keys, values) {
  keys.filter((key) => !String(values[key] || '').trim()).forEach((key) => {
    errors[key] = t('validation.required');
  });
}

/** The errors of a form whose only rule is that `keys` are filled in. */
export function requiredFields(values, keys) {
  const errors = {};
  checkChosen(errors, keys, values);
  return errors;
}

/** Focus areas: at least one. */
export function checkFocusAreas(errors, focusAreas) {
  if (!focusAreas.length) {
    errors.focusAreas = t('validation.chooseOne');
  }
}
