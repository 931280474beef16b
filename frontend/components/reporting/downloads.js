import { h, useState } from '../../html.js';
import { t } from '../../i18n/index.js';

/** A report download in progress: which format is busy, the last error, and save(format, fetchFile). */
export function useDownload() {
  const [state, setState] = useState({ busy: null, error: null });
  const save = (format, fetchFile) => {
    setState({ busy: format, error: null });
    fetchFile().then(({ blob, fileName }) => {
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      setState({ busy: null, error: null });
    }).catch((error) => setState({ busy: null, error }));
  };
  return { busy: state.busy, error: state.error, save };
}

/** The CSV and XLSX buttons of a report card. */
export function DownloadButtons({ download, onSave }) {
  return ['csv', 'xlsx'].map((f) => h('button', {
    key: f, type: 'button', className: 'btn btn-small download-' + f, disabled: !!download.busy, onClick: () => onSave(f),
    title: t('dashboard.download', { format: f.toUpperCase() }),
  }, download.busy === f ? t('dashboard.downloading') : '⤓ ' + f.toUpperCase()));
}
