import { h } from '../../html.js';
import { t } from '../../i18n/index.js';

/**
 * A failed call shown calmly: the server's own message (already in the UI language), or for a
 * missing endpoint the feature that is not there yet.
 */
export function ErrorNotice({ error, missing, onRetry }) {
  if (!error) {
    return null;
  }
  if (error.status === 404 && missing) {
    return h('div', { className: 'notice notice-info', role: 'status' },
      h('strong', null, t('error.featureMissingTitle')), ' ', missing);
  }
  const text = error.status === 404 ? t('error.notFound') : (error.detail || error.message);
  return h('div', { className: 'notice notice-error', role: 'alert' },
    error.title ? h('strong', null, error.title + ' ') : null,
    h('span', null, text),
    onRetry ? h('button', { type: 'button', className: 'btn btn-link', onClick: onRetry }, t('common.retry')) : null);
}
