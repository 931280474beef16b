// The Camunda Forms carry bilingual labels such as "审批意见 Decision": the Chinese part first,
// the English part after the last stretch of Chinese. Show the part matching the UI language.
import { h } from './html.js';
import { lang } from './i18n/index.js';

const CJK = /[\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]|[\ud840-\ud87f][\udc00-\udfff]/;
const LATIN = /[A-Za-z]/;

/** {zh, en}; both are the whole text when it cannot be split sensibly. */
export function splitBilingual(text) {
  if (text === null || text === undefined) {
    return { zh: '', en: '' };
  }
  const s = String(text);
  for (let i = 1; i < s.length - 1; i++) {
    if (/\s/.test(s[i])) {
      const left = s.substring(0, i);
      const right = s.substring(i + 1);
      if (CJK.test(left) && !CJK.test(right) && LATIN.test(right)) {
        return { zh: left.trim(), en: right.trim() };
      }
    }
  }
  return { zh: s, en: s };
}

/** The part of a bilingual label for the UI language. */
export function pick(text) {
  const parts = splitBilingual(text);
  return lang() === 'en' ? parts.en : parts.zh;
}

/**
 * A form "text" component: plain text with **bold** runs, each run bilingual. Returns React
 * children (never HTML), so markup in the text shows as text.
 */
export function richText(text) {
  const children = [];
  const re = /\*\*(.+?)\*\*/g;
  let last = 0;
  let m;
  let n = 0;
  const plain = (segment) => {
    const lead = /^[\s:：;；,，]*/.exec(segment)[0];
    const parts = splitBilingual(segment.substring(lead.length));
    const chosen = lang() === 'en' ? parts.en : parts.zh;
    return (lead.trim() ? lead.trim() + ' ' : lead) + chosen;
  };
  while ((m = re.exec(text)) !== null) {
    if (m.index > last) {
      children.push(plain(text.substring(last, m.index)));
    }
    children.push(h('strong', { key: 'b' + n++ }, pick(m[1])));
    last = re.lastIndex;
  }
  if (last < text.length) {
    children.push(plain(text.substring(last)));
  }
  return children;
}
