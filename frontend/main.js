import { h } from './html.js';
import { App } from './components/App.js';

ReactDOM.createRoot(document.getElementById('root')).render(h(App));
