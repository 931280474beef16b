import { h, Fragment, useState } from '../../html.js';
import * as api from '../../api.js';
import { t } from '../../i18n/index.js';
import { useLoad } from '../../hooks.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Section } from '../common/Section.js';
import { DeskTabs } from './DeskTabs.js';

/** 代理: my stand-in while I am away (same union, same roles), and the colleagues I stand in for. */
export function SubstitutePage() {
  const loaded = useLoad(() => api.substitute(), []);
  const [form, setForm] = useState({ standIn: '', from: '', to: '' });
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const current = loaded.data && loaded.data.substitute;
  const change = (key) => (e) => setForm({ ...form, [key]: e.target.value });
  const done = () => {
    setBusy(false);
    loaded.reload();
  };
  const fail = (err) => {
    setBusy(false);
    setErrors(err.fieldErrors);
    setProblem(Object.keys(err.fieldErrors).length ? null : err);
  };
  const submit = (e) => {
    e.preventDefault();
    const found = {};
    ['standIn', 'from', 'to'].forEach((k) => { if (!form[k]) { found[k] = t('validation.required'); } });
    setErrors(found);
    if (Object.keys(found).length) {
      return;
    }
    setBusy(true);
    setProblem(null);
    api.setSubstitute({ standIn: form.standIn.trim(), from: form.from, to: form.to }).then(done, fail);
  };
  const clear = () => {
    setBusy(true);
    api.clearSubstitute().then(done, fail);
  };
  const field = (key, type, label) => h('div', { className: 'field' + (errors[key] ? ' has-error' : ''), 'data-field': key },
    h('label', { className: 'field-label', htmlFor: 'f-sub-' + key }, label, h('span', { className: 'required' }, ' *')),
    h('input', { id: 'f-sub-' + key, name: key, type, className: 'input', value: form[key], disabled: busy, onChange: change(key) }),
    errors[key] ? h('div', { className: 'field-error', role: 'alert' }, errors[key]) : null);

  return h(Fragment, null, h(DeskTabs, { active: 'substitute' }), h('div', { className: 'page' },
    h('div', { className: 'page-head' }, h('div', null, h('h1', null, t('substitute.title')), h('p', { className: 'page-sub' }, t('substitute.lead')))),
    loaded.loading && !loaded.data ? h(Loading) : null,
    h(ErrorNotice, { error: loaded.error }),
    loaded.data ? h(Section, { title: t('substitute.current') },
      current ? h('div', { className: 'substitute-current' },
        h('p', null, t('substitute.currentText', { who: current.standInName || current.standIn, from: current.from, to: current.to }),
          ' ', h('span', { className: 'badge badge-' + (current.activeToday ? 'ok' : 'muted') },
            t(current.activeToday ? 'substitute.activeToday' : 'substitute.notToday'))),
        h('button', { type: 'button', className: 'btn btn-small substitute-clear', disabled: busy, onClick: clear }, t('substitute.clear')))
        : h('p', { className: 'muted' }, t('substitute.none'))) : null,
    h(Section, { title: t('substitute.set') },
      h('form', { className: 'form substitute-form', onSubmit: submit, noValidate: true },
        field('standIn', 'text', t('substitute.standIn')),
        field('from', 'date', t('substitute.from')),
        field('to', 'date', t('substitute.to')),
        h(ErrorNotice, { error: problem }),
        h('div', { className: 'button-row' }, h('button', { type: 'submit', className: 'btn btn-primary', disabled: busy }, t('substitute.save'))))),
    loaded.data && loaded.data.standingInFor.length ? h(Section, { title: t('substitute.forOthers') },
      h('ul', { className: 'plain-list' }, loaded.data.standingInFor.map((s) => h('li', { key: s.username },
        t('substitute.forText', { who: s.standInName || s.username, from: s.from, to: s.to }))))) : null));
}
