import { h } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { CcButton } from './CcDialog.js';

/**
 * Beside an agreement's or project's own buttons: 打印审批单 (the PDF sheet of its facts and decisions) and, for its
 * proposer while a step is open, 抄送 from that step.
 */
export function CaseActions({ kind, record, me }) {
  const open = (record.currentTasks || record.tasks || [])[0];
  const proposer = me && record.createdBy ? record.createdBy === me.username : false;
  return [
    h('a', {
      key: 'sheet', className: 'btn btn-small print-sheet', href: api.approvalSheetUrl(kind, record.id), target: '_blank', rel: 'noopener',
    }, t('sheet.print')),
    proposer && open ? h(CcButton, { key: 'cc', taskId: open.id }) : null,
  ];
}
