import { h, useState, useRef } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { fileSize } from '../../format.js';

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = 'application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg';

/** Uploads one PDF, PNG or JPEG for an agreement or a project, then reports the stored document. */
export function DocumentUpload({ subject, onUploaded, compact }) {
  const [file, setFile] = useState(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [done, setDone] = useState(null);
  const input = useRef(null);

  const choose = (e) => {
    const f = e.target.files && e.target.files[0];
    setDone(null);
    setError(null);
    if (f && f.size > MAX_BYTES) {
      setError(t('upload.tooLarge'));
      setFile(null);
      return;
    }
    setFile(f || null);
  };

  const upload = () => {
    if (!file) {
      setError(t('upload.chooseFirst'));
      return;
    }
    setBusy(true);
    setError(null);
    api.uploadDocument(file, subject)
      .then((doc) => {
        setDone(doc);
        setFile(null);
        if (input.current) {
          input.current.value = '';
        }
        if (onUploaded) {
          onUploaded(doc);
        }
      })
      .catch((e) => setError(e.fieldErrors.file || e.detail || e.message))
      .then(() => setBusy(false));
  };

  return h('div', { className: 'upload' + (compact ? ' upload-compact' : '') },
    h('div', { className: 'upload-row' },
      h('label', { className: 'upload-pick' },
        h('input', { ref: input, type: 'file', accept: ACCEPT, className: 'upload-input', onChange: choose }),
        h('span', { className: 'btn btn-small' }, t('upload.choose'))),
      h('span', { className: 'upload-file' }, file ? file.name + ' (' + fileSize(file.size) + ')' : t('upload.noFile')),
      h('button', { type: 'button', className: 'btn btn-small', disabled: busy || !file, onClick: upload },
        busy ? t('upload.busy') : t('upload.submit'))),
    h('div', { className: 'field-hint' }, t('upload.hint')),
    error ? h('div', { className: 'field-error', role: 'alert' }, error) : null,
    done ? h('div', { className: 'upload-done', role: 'status' },
      t('upload.done', { name: done.fileName, id: done.id, size: fileSize(done.size) })) : null);
}
