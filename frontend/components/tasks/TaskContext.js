import { h } from '../../html.js';
import { t } from '../../i18n/index.js';
import { href } from '../../router.js';
import { Section } from '../common/Section.js';
import { AgreementFacts } from '../agreement/AgreementFacts.js';
import { ProjectFacts } from '../project/ProjectFacts.js';
import { DocumentList } from '../documents/DocumentList.js';
import { SignatureList } from '../agreement/SignatureList.js';
import { HistoryList } from '../audit/HistoryList.js';
import { TrancheTable } from '../funds/TrancheTable.js';
import { StageBar } from '../common/StageBar.js';

/** What the person decides on, beside the form: the agreement or project, its documents, signatures and history. */
export function TaskContext({ data }) {
  if (!data) {
    return null;
  }
  const p = data.project;
  const a = data.agreement;
  const parts = [];
  if (p) {
    parts.push(h(Section, {
      key: 'project', title: t('task.contextProject'),
      actions: h('a', { href: href('/projects/' + p.id) }, t('common.openFull')),
    },
    h(StageBar, { status: p.status, kind: 'project' }),
    h(ProjectFacts, { project: p })));
    if (p.tranches) {
      parts.push(h(Section, { key: 'tranches', title: t('project.tranches') }, h(TrancheTable, { tranches: p.tranches })));
    }
  }
  if (a) {
    parts.push(h(Section, {
      key: 'agreement', title: t('task.contextAgreement'),
      actions: h('a', { href: href('/agreements/' + a.id) }, t('common.openFull')),
    },
    p ? null : h(StageBar, { status: a.status, kind: 'agreement' }),
    h(AgreementFacts, { agreement: a, withMoney: !p })));
  }
  const subject = p || a;
  if (subject) {
    parts.push(h(Section, { key: 'docs', title: t('documents.title') }, h(DocumentList, { documents: subject.documents })));
    if (!p && a) {
      parts.push(h(Section, { key: 'sigs', title: t('signatures.title') }, h(SignatureList, { signatures: a.signatures, status: a.status })));
    }
    parts.push(h(Section, { key: 'history', title: t('history.title') }, h(HistoryList, { history: subject.history })));
  }
  return h('div', { className: 'context' }, parts);
}
