import { h } from '../../html.js';
import { t, tEnum } from '../../i18n/index.js';

const AGREEMENT_STAGES = ['UNDER_REVIEW', 'SIGNING', 'ACTIVE'];
const PROJECT_STAGES = ['UNDER_REVIEW', 'APPROVED', 'IN_PROGRESS', 'COMPLETION_REVIEW', 'CLOSED'];
const ENDINGS = ['REJECTED', 'WITHDRAWN', 'FAILED'];

/**
 * Where an agreement or project stands, in plain words: the stages done, the current one, and
 * the ones to come; an ending (rejected, withdrawn, failed) replaces the rest.
 */
export function StageBar({ status, kind }) {
  const stages = kind === 'project' ? PROJECT_STAGES : AGREEMENT_STAGES;
  const current = status === 'SUBMITTED' ? 'UNDER_REVIEW' : status;
  const ended = ENDINGS.includes(current);
  const index = stages.indexOf(current);
  const shown = ended ? [stages[0], current] : stages;
  return h('ol', { className: 'stages', 'aria-label': t('stages.label') }, shown.map((stage, i) => {
    let state;
    if (ended) {
      state = i === 0 ? 'done' : 'ended';
    } else if (i < index || (i === index && i === stages.length - 1)) {
      state = 'done';
    } else if (i === index) {
      state = 'current';
    } else {
      state = 'todo';
    }
    return h('li', { key: stage, className: 'stage stage-' + state, 'aria-current': state === 'current' ? 'step' : undefined },
      h('span', { className: 'stage-dot', 'aria-hidden': 'true' }, state === 'done' ? '✓' : state === 'ended' ? '✕' : String(i + 1)),
      h('span', { className: 'stage-text' },
        h('span', { className: 'stage-name' }, tEnum('stage', stage)),
        h('span', { className: 'stage-note' }, t('stage.' + state))),
      i < shown.length - 1 ? h('span', { className: 'stage-line', 'aria-hidden': 'true' }) : null);
  }));
}
