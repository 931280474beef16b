import { h, useEffect, useRef, useState } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { loadBpmnViewer } from '../../lib.js';

/**
 * The BPMN diagram of the task's process with the current task highlighted. The XML comes from
 * the server (GET /api/tasks/{id}/diagram); until that endpoint exists, a short note stands in.
 */
export function ProcessDiagram({ taskId, taskKey }) {
  const container = useRef(null);
  const [state, setState] = useState('loading');

  useEffect(() => {
    let viewer = null;
    let live = true;
    api.taskDiagram(taskId)
      .then((xml) => loadBpmnViewer().then((BpmnJS) => {
        if (!live) {
          return null;
        }
        viewer = new BpmnJS({ container: container.current });
        return viewer.importXML(xml).then(() => {
          const canvas = viewer.get('canvas');
          canvas.zoom('fit-viewport');
          try {
            canvas.addMarker(taskKey, 'is-current-task');
          } catch (e) {
            // the task's element is not in this diagram; show it unmarked
          }
          if (live) {
            setState('shown');
          }
        });
      }))
      .catch((e) => {
        if (live) {
          setState('missing');
        }
        if (e && e.status !== 404 && window.console) {
          window.console.warn('BPMN diagram', e);
        }
      });
    return () => {
      live = false;
      if (viewer) {
        viewer.destroy();
      }
    };
  }, [taskId, taskKey]);

  return h('div', { className: 'diagram-box' },
    h('div', { ref: container, className: 'diagram' + (state === 'missing' ? ' is-hidden' : state === 'loading' ? ' is-loading' : '') }),
    state === 'missing' ? h('p', { className: 'muted diagram-note' }, t('diagram.unavailable')) : null,
    state === 'loading' ? h('p', { className: 'muted diagram-note is-overlay' }, t('common.loading')) : null);
}
