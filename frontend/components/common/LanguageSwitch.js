import { h } from '../../html.js';
import { lang, setLang, t } from '../../i18n/index.js';

/** 中文 | English; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const current = lang();
  const button = (code, label) => h('button', {
    type: 'button',
    className: 'lang-option' + (current === code ? ' is-active' : ''),
    'aria-pressed': current === code ? 'true' : 'false',
    lang: code === 'en' ? 'en' : 'zh-CN',
    onClick: () => setLang(code),
  }, label);
  return h('div', { className: 'lang-switch', role: 'group', 'aria-label': t('lang.label') },
    button('zh', '中文'), button('en', 'English'));
}
