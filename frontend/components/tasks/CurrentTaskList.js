import { h } from '../../html.js';
import { t } from '../../i18n/index.js';
import { dateTime } from '../../format.js';
import { useUnions } from '../../hooks.js';
import { href } from '../../router.js';
import { useSession, isAuditorOnly } from '../../session.js';
import { holderText } from '../../groups.js';
import { taskName } from './TaskName.js';
import { DueDate } from '../common/DueDate.js';
import { RemindButton } from './RemindButton.js';

/**
 * The open steps of an agreement or project: a link for the caller's own tasks, and for the others
 * who holds them and a 催办 button (once the caller's own tasks are known; never for auditors, who
 * change nothing).
 */
export function CurrentTaskList({ tasks, mine, ready }) {
  const unions = useUnions();
  const mayRemind = !isAuditorOnly(useSession());
  if (!tasks || tasks.length === 0) {
    return h('p', { className: 'muted' }, t('agreement.noTasks'));
  }
  return h('ul', { className: 'plain-list current-tasks', 'data-ready': ready ? 'true' : 'false' }, tasks.map((task) => h('li', { key: task.id, className: 'current-task', 'data-task-key': task.taskKey },
    h('div', { className: 'current-task-main' },
      h('div', null,
        mine.has(task.id) ? h('a', { className: 'strong-link', href: href('/tasks/' + task.id) }, taskName(task.taskKey, task.name))
          : h('span', { className: 'strong-text' }, taskName(task.taskKey, task.name))),
      h('div', { className: 'cell-note' },
        holderText(task, unions),
        task.created ? ' · ' + t('task.created', { at: dateTime(task.created) }) : ''),
      task.due ? h('div', { className: 'cell-note' }, t('task.due'), ' ', h(DueDate, { due: task.due, overdue: task.overdue })) : null),
    ready && mayRemind && !mine.has(task.id) ? h('div', { className: 'current-task-actions' }, h(RemindButton, { task })) : null)));
}
