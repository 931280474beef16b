import { h } from '../html.js';
import { t } from '../i18n/index.js';
import { href } from '../router.js';
import { Section } from './Section.js';
import { AgreementFacts } from './AgreementFacts.js';
import { ProjectFacts } from './ProjectFacts.js';
import { DocumentList } from './DocumentList.js';
import { SignatureList } from './SignatureList.js';
import { HistoryList } from './HistoryList.js';
import { TrancheTable } from './TrancheTable.js';
import { StageBar } from './StageBar.js';

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
