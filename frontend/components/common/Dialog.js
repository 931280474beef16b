import { h, useEffect, useRef } from '../../html.js';
import { t } from '../../i18n/index.js';

let opened = 0;

/**
 * A modal dialog: its title, its content, and Escape, the close button or a click beside it to
 * leave. Focus moves into it on opening and back where it was on closing.
 */
export function Dialog({ title, onClose, children, className }) {
  const box = useRef(null);
  const titleId = useRef('dialog-title-' + ++opened).current;
  useEffect(() => {
    const before = document.activeElement;
    const first = box.current.querySelector('input:not([type=hidden]), textarea, select');
    (first || box.current).focus();
    const onKey = (e) => {
      if (e.key === 'Escape') {
        onClose();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (before && before.focus) {
        before.focus();
      }
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  return h('div', { className: 'dialog-backdrop', onMouseDown: (e) => e.target === e.currentTarget && onClose() },
    h('div', {
      className: 'dialog' + (className ? ' ' + className : ''), role: 'dialog', 'aria-modal': 'true',
      'aria-labelledby': titleId, ref: box, tabIndex: -1,
    },
    h('div', { className: 'dialog-head' },
      h('h2', { id: titleId }, title),
      h('button', { type: 'button', className: 'btn btn-small btn-quiet dialog-close', onClick: onClose, 'aria-label': t('common.close') }, '×')),
    children));
}
