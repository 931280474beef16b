import { h } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { useLoad } from '../../hooks.js';
import { Section } from '../common/Section.js';
import { IndicatorTable } from './indicators.js';

/** A project's performance targets, planned vs actual, with the computed and the audited score. */
export function ProjectPerformance({ project }) {
  const loaded = useLoad(() => api.projectPerformance(project.id), [project.id, project.status]);
  const p = loaded.data;
  if (!p || !p.indicators.length) {
    return null;
  }
  return h(Section, { title: t('indicator.sectionTitle') },
    h(IndicatorTable, { indicators: p.indicators }),
    p.computed ? h('p', null, t('indicator.computedScore', { score: p.computed.computedScore, rounded: p.computed.roundedScore })) : null,
    p.audit ? h('p', { 'data-testid': 'audit-score' }, t('indicator.auditScore', { score: p.audit.score }),
      p.audit.reason ? [' · ', t('indicator.scoreReason'), ': ', p.audit.reason] : null) : null);
}
