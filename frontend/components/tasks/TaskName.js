import { h } from '../../html.js';
import { has, t } from '../../i18n/index.js';
import { pick } from '../../labels.js';

/** A task's name in the UI language: from our dictionary by task id, else the model's bilingual name. */
export function taskName(taskKey, name) {
  return has('taskName.' + taskKey) ? t('taskName.' + taskKey) : pick(name || taskKey);
}

export function TaskName({ taskKey, name }) {
  return h('span', { className: 'task-name' }, taskName(taskKey, name));
}
