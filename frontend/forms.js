// Camunda Forms (form-js JSON) as our renderer needs them: the fields, their starting values,
// client-side checks from `validate`, and the JSON body the server expects.
import { t } from './i18n/index.js';

/** Every component that carries a value (has a key and is not a button), nested groups included. */
export function fieldsOf(form) {
  const out = [];
  const walk = (components) => {
    for (const c of components || []) {
      if (c.key && c.type !== 'button' && c.type !== 'text') {
        out.push(c);
      }
      if (Array.isArray(c.components)) {
        walk(c.components);
      }
    }
  };
  walk(form && form.components);
  return out;
}

/** The form's starting values: prefill from the server first, then the form's defaults. */
export function initialValues(form, prefill) {
  const values = {};
  for (const c of fieldsOf(form)) {
    const given = prefill && Object.prototype.hasOwnProperty.call(prefill, c.key) ? prefill[c.key] : c.defaultValue;
    values[c.key] = toInput(c, given);
  }
  return values;
}

function toInput(c, value) {
  switch (c.type) {
    case 'checklist':
    case 'taglist':
      return Array.isArray(value) ? value.map(String) : [];
    case 'checkbox':
      return value === true;
    default:
      return value === null || value === undefined ? '' : String(value);
  }
}

function isBlank(value) {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
    || (Array.isArray(value) && value.length === 0);
}

function numberText(value) {
  return String(value).trim().replace(/[,，\s]/g, '');
}

/** The message for one field, or null when it passes. */
export function validateField(c, value) {
  const rules = c.validate || {};
  if (c.type === 'checkbox') {
    return rules.required && value !== true ? t('validation.required') : null;
  }
  if (isBlank(value)) {
    return rules.required ? t('validation.required') : null;
  }
  if (c.type === 'number') {
    const s = numberText(value);
    if (!/^-?\d+(\.\d+)?$/.test(s)) {
      return t('validation.number');
    }
    const decimals = s.includes('.') ? s.split('.')[1].replace(/0+$/, '').length : 0;
    if (c.decimalDigits !== undefined && decimals > c.decimalDigits) {
      return c.decimalDigits === 0 ? t('validation.integer') : t('validation.decimals', { digits: c.decimalDigits });
    }
    const n = Number(s);
    if (rules.min !== undefined && n < rules.min) {
      return t('validation.min', { min: rules.min });
    }
    if (rules.max !== undefined && n > rules.max) {
      return t('validation.max', { max: rules.max });
    }
    return null;
  }
  if (c.type === 'datetime') {
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? null : t('validation.date');
  }
  if (c.type === 'select' || c.type === 'radio' || c.type === 'checklist' || c.type === 'taglist') {
    const allowed = (c.values || []).map((v) => String(v.value));
    const chosen = Array.isArray(value) ? value : [value];
    return chosen.every((v) => allowed.includes(v)) ? null : t('validation.option');
  }
  const length = [...String(value)].length;
  if (rules.maxLength !== undefined && length > rules.maxLength) {
    return t('validation.maxLength', { max: rules.maxLength, length });
  }
  if (rules.minLength !== undefined && length < rules.minLength) {
    return t('validation.minLength', { min: rules.minLength });
  }
  if (rules.pattern) {
    try {
      if (!new RegExp('^(?:' + rules.pattern + ')$').test(value)) {
        return t('validation.pattern');
      }
    } catch (e) {
      // a pattern the browser cannot read is left to the server
    }
  }
  if (rules.validationType === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
    return t('validation.email');
  }
  return null;
}

/** {key: message} for every failing field. */
export function validateAll(form, values) {
  const errors = {};
  for (const c of fieldsOf(form)) {
    const message = validateField(c, values[c.key]);
    if (message) {
      errors[c.key] = message;
    }
  }
  return errors;
}

/** The completion body: numbers as JSON numbers, dates as yyyy-MM-dd, checklists as arrays; blanks left out. */
export function toPayload(form, values) {
  const body = {};
  for (const c of fieldsOf(form)) {
    const value = values[c.key];
    if (c.type === 'checkbox') {
      body[c.key] = value === true;
      continue;
    }
    if (isBlank(value)) {
      continue;
    }
    switch (c.type) {
      case 'number':
        body[c.key] = Number(numberText(value));
        break;
      case 'checklist':
      case 'taglist':
        body[c.key] = value.slice();
        break;
      case 'textfield':
      case 'textarea':
        body[c.key] = String(value);
        break;
      default:
        body[c.key] = value;
    }
  }
  return body;
}

/** The first field that has an error, in form order (to scroll to). */
export function firstErrorKey(form, errors) {
  const f = fieldsOf(form).find((c) => errors[c.key]);
  return f ? f.key : Object.keys(errors)[0];
}
