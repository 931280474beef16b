// Loads the larger browser libraries (bpmn-js, ECharts) from their WebJars only when a page needs them.
const loading = {};

export function loadScript(src) {
  if (!loading[src]) {
    loading[src] = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = () => resolve();
      script.onerror = () => {
        delete loading[src];
        reject(new Error('Cannot load ' + src));
      };
      document.head.appendChild(script);
    });
  }
  return loading[src];
}

export function loadStyle(href) {
  if (!document.querySelector('link[href="' + href + '"]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.appendChild(link);
  }
}

export function loadBpmnViewer() {
  loadStyle('/webjars/bpmn-js/dist/assets/diagram-js.css');
  loadStyle('/webjars/bpmn-js/dist/assets/bpmn-font/css/bpmn.css');
  return loadScript('/webjars/bpmn-js/dist/bpmn-navigated-viewer.production.min.js').then(() => window.BpmnJS);
}

export function loadECharts() {
  return loadScript('/webjars/echarts/dist/echarts.min.js').then(() => window.echarts);
}
