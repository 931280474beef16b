import { h } from '../../html.js';

/** Why a form was not sent, above its buttons: {title, detail, status}; a 404 (a feature not there) is told calmly. */
export function SubmitProblem({ problem }) {
  if (!problem) {
    return null;
  }
  return h('div', { className: 'notice ' + (problem.status === 404 ? 'notice-info' : 'notice-error'), role: 'alert' },
    problem.title ? h('strong', null, problem.title + ' ') : null, problem.detail);
}
