import { h, useState, useEffect } from '../../html.js';
import { t } from '../../i18n/index.js';
import { BatchDialog } from './BatchDialog.js';

/**
 * The inbox's selection for 批量审批: once the inbox is filtered to one kind of task, a checkbox column and a
 * button opening the batch dialog for the selected tasks. Without that filter it adds nothing.
 */
export function useBatchSelection(taskKey, list) {
  const [selected, setSelected] = useState([]);
  const [open, setOpen] = useState(null); // the tasks the dialog works on, kept while the list reloads
  useEffect(() => setSelected([]), [taskKey, list.data]);
  if (!taskKey) {
    return { column: null, bar: null };
  }
  const items = list.data ? list.data.items || [] : [];
  const has = (task) => selected.some((x) => x.id === task.id);
  const toggle = (task) => setSelected((s) => (has(task) ? s.filter((x) => x.id !== task.id) : s.concat([task])));
  const all = items.length > 0 && items.every(has);
  const column = {
    head: h('input', {
      type: 'checkbox', className: 'batch-all', checked: all, 'aria-label': t('batch.selectAll'),
      onChange: () => setSelected(all ? [] : items.slice()),
    }),
    className: 'col-select',
    cell: (task) => h('input', {
      type: 'checkbox', className: 'batch-select', checked: has(task), 'aria-label': t('batch.select', { key: task.businessKey || task.id }),
      onChange: () => toggle(task),
    }),
  };
  const bar = h('div', { className: 'batch-bar' },
    h('span', { className: 'muted' }, t('batch.selected', { n: selected.length })), ' ',
    h('button', {
      type: 'button', className: 'btn btn-primary btn-small batch-open', disabled: selected.length === 0, onClick: () => setOpen(selected),
    }, t('batch.open')),
    open ? h(BatchDialog, { tasks: open, onClose: () => setOpen(null), onDone: () => list.reload() }) : null);
  return { column, bar };
}
