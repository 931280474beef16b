import { t } from '../../i18n/index.js';

/**
 * What a refused save tells the form: the field errors by field, and a problem ({title, detail}) for the rest:
 * errors of fields the form does not show (`shownFields`, list items such as tranches[0].amount under their
 * list), or the problem's own detail for a conflict.
 */
export function formProblem(err, shownFields) {
  const unknown = err.errors.filter((x) => !shownFields.includes(String(x.field).replace(/\[.*$/, '')));
  const detail = Object.keys(err.fieldErrors).length && !unknown.length ? t('form.serverFieldErrors')
    : (unknown.map((x) => x.field + ': ' + x.message).join('; ') || err.detail || err.message);
  return { errors: err.fieldErrors, problem: { title: err.title, detail } };
}
