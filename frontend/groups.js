// Candidate groups ("XJ-HT:leader") in words: the union's name and the role, in the UI language.
import { t, tEnum, unionName } from './i18n/index.js';

/** "XJ-HT:leader" → "和田地区总工会 负责人", with the union's name from the directory when it is loaded. */
export function groupName(group, unions) {
  if (!group) {
    return '';
  }
  const at = group.lastIndexOf(':');
  if (at < 0) {
    return group;
  }
  const code = group.substring(0, at);
  const union = unions && unions.byCode ? unions.byCode[code] : null;
  return (union ? unionName(union, code) : code) + ' ' + tEnum('role', group.substring(at + 1));
}

/** Who an open task waits for: its assignee, or the groups it is offered to. */
export function holderText(task, unions) {
  if (task.assignee) {
    return t('holder.assignee', { who: task.assignee });
  }
  const groups = (task.candidateGroups || []).map((g) => groupName(g, unions));
  return groups.length ? t('holder.groups', { groups: groups.join(t('common.listSeparator')) }) : '';
}
