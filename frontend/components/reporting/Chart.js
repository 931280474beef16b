import { h, useEffect, useRef, useState } from '../../html.js';
import { t } from '../../i18n/index.js';
import { loadECharts } from '../../lib.js';

/**
 * An ECharts chart (loaded from its WebJar on first use) that follows its option, resizes with its
 * box and reports clicks. When the chart has drawn, the box carries data-rendered="true".
 */
export function Chart({ option, height, label, onClick, className }) {
  const box = useRef(null);
  const chart = useRef(null);
  const shown = useRef(null);
  const clicked = useRef(onClick);
  const latest = useRef(option);
  const [failed, setFailed] = useState(false);
  clicked.current = onClick;
  latest.current = option;

  // the newest option, also when the library finishes loading after later renders
  const show = (instance) => {
    const text = JSON.stringify(latest.current);
    if (shown.current !== text) {
      shown.current = text;
      box.current.removeAttribute('data-rendered');
      instance.setOption(latest.current, true);
    }
  };

  useEffect(() => {
    let live = true;
    let observer = null;
    loadECharts().then((echarts) => {
      if (!live || !box.current) {
        return;
      }
      const instance = echarts.init(box.current, null, { renderer: 'canvas' });
      chart.current = instance;
      instance.on('finished', () => box.current && box.current.setAttribute('data-rendered', 'true'));
      instance.on('click', (params) => clicked.current && clicked.current(params));
      show(instance);
      if (window.ResizeObserver) {
        observer = new ResizeObserver(() => instance.resize());
        observer.observe(box.current);
      }
    }).catch(() => live && setFailed(true));
    return () => {
      live = false;
      if (observer) {
        observer.disconnect();
      }
      if (chart.current) {
        chart.current.dispose();
        chart.current = null;
      }
    };
  }, []);

  useEffect(() => {
    if (chart.current) {
      show(chart.current);
    }
  });

  return h('div', { className: 'chart-wrap' + (className ? ' ' + className : '') },
    failed ? h('p', { className: 'notice notice-error' }, t('chart.failed')) : null,
    h('div', { ref: box, className: 'chart', role: 'img', 'aria-label': label, style: { height: (height || 300) + 'px' } }));
}
