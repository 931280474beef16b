import { h, useState, useEffect } from '../../html.js';
import * as api from '../../api.js';
import { t, tEnum } from '../../i18n/index.js';
import { useLoad } from '../../hooks.js';
import { Field, inputProps, focusFirstError } from '../common/Field.js';
import { Loading } from '../common/Loading.js';
import { ErrorNotice } from '../common/ErrorNotice.js';

const CHANNELS = ['EMAIL', 'WECOM', 'DINGTALK', 'FEISHU'];
const ORDER = ['email', 'phone', 'channels', 'digestHour', 'language'];
const HOURS = Array.from({ length: 24 }, (x, i) => i);

/** The form's values from the server's settings. */
function valuesOf(s) {
  return {
    email: s.email || '', phone: s.phone || '', channels: s.channels || [],
    digestHour: s.digestHour === null || s.digestHour === undefined ? '' : String(s.digestHour), language: s.language || 'zh',
  };
}

/** Field errors by the form's fields: an error on channels[1] belongs beside the channels. */
function byField(fieldErrors) {
  const errors = {};
  for (const [field, message] of Object.entries(fieldErrors)) {
    const key = field.replace(/\[.*$/, '');
    errors[key] = errors[key] ? errors[key] + ' ' + message : message;
  }
  return errors;
}

/**
 * 消息提醒设置 (#/me/channels): how AidFlow reaches the signed-in person outside the app. Only the channels this
 * deployment configured can be ticked; one chosen earlier that is no longer configured can still be unticked.
 */
export function ChannelsPage() {
  const loaded = useLoad(() => api.channels(), []);
  const [values, setValues] = useState(null);
  const [available, setAvailable] = useState([]);
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (loaded.data) {
      setValues(valuesOf(loaded.data));
      setAvailable(loaded.data.available || []);
    }
  }, [loaded.data]);

  const change = (key) => (e) => {
    setSaved(false);
    setValues({ ...values, [key]: e.target.value });
  };
  const toggle = (channel) => (e) => {
    setSaved(false);
    const on = e.target.checked;
    setValues({ ...values, channels: on ? CHANNELS.filter((c) => c === channel || values.channels.includes(c))
      : values.channels.filter((c) => c !== channel) });
  };

  const submit = (e) => {
    e.preventDefault();
    setBusy(true);
    setSaved(false);
    setProblem(null);
    setErrors({});
    api.saveChannels({
      email: values.email.trim() || null, phone: values.phone.trim() || null, channels: values.channels,
      digestHour: values.digestHour === '' ? null : Number(values.digestHour), language: values.language,
    }).then((answer) => {
      setBusy(false);
      setValues(valuesOf(answer));
      setAvailable(answer.available || []);
      setSaved(true);
    }, (err) => {
      setBusy(false);
      const found = byField(err.fieldErrors);
      setErrors(found);
      setProblem(Object.keys(found).length ? null : err);
      focusFirstError(found, ORDER);
    });
  };

  const text = (id, type, autoComplete, hint) => h(Field, { id, label: t('channels.' + id), error: errors[id], hint },
    h('input', {
      ...inputProps(id, errors[id]), className: 'input', type, autoComplete, value: values[id], disabled: busy, onChange: change(id),
    }));

  const channel = (c) => {
    const offered = available.includes(c);
    const chosen = values.channels.includes(c);
    return h('label', {
      key: c, className: 'choice channel-choice' + (chosen ? ' is-checked' : '') + (offered ? '' : ' is-unavailable'),
      title: offered ? undefined : t('channels.notConfigured'),
    },
    h('input', { type: 'checkbox', name: 'channels', value: c, checked: chosen, disabled: busy || (!offered && !chosen), onChange: toggle(c) }),
    h('span', null, tEnum('channel', c)),
    offered ? null : h('span', { className: 'channel-off' }, t('channels.off')));
  };

  return h('div', { className: 'page page-narrow channels-page' },
    h('div', { className: 'page-head' }, h('div', null, h('h1', null, t('channels.title')), h('p', { className: 'page-sub' }, t('channels.lead')))),
    loaded.loading && !loaded.data ? h(Loading) : null,
    h(ErrorNotice, { error: loaded.error, onRetry: loaded.reload }),
    values ? h('form', { className: 'card form channels-form', onSubmit: submit, noValidate: true },
      h('div', { className: 'field-row' },
        text('email', 'email', 'email', t('channels.emailHint')),
        text('phone', 'tel', 'tel', t('channels.phoneHint'))),
      h(Field, {
        id: 'channels', label: t('channels.channels'), group: true, error: errors.channels,
        hint: CHANNELS.some((c) => !available.includes(c)) ? t('channels.someNotConfigured') : null,
      },
      h('div', { className: 'choices', role: 'group', 'aria-labelledby': 'f-channels-label' }, CHANNELS.map(channel))),
      h('div', { className: 'field-row' },
        h(Field, { id: 'digestHour', label: t('channels.digestHour'), error: errors.digestHour, hint: t('channels.digestHint') },
          h('select', { ...inputProps('digestHour', errors.digestHour), className: 'input', value: values.digestHour, disabled: busy, onChange: change('digestHour') },
            h('option', { value: '' }, t('channels.noDigest')),
            HOURS.map((n) => h('option', { key: n, value: String(n) }, t('channels.hour', { hour: String(n).padStart(2, '0') }))))),
        h(Field, { id: 'language', label: t('channels.language'), error: errors.language },
          h('select', { ...inputProps('language', errors.language), className: 'input', value: values.language, disabled: busy, onChange: change('language') },
            h('option', { value: 'zh' }, '中文'),
            h('option', { value: 'en' }, 'English')))),
      h(ErrorNotice, { error: problem }),
      saved ? h('div', { className: 'notice notice-info channels-saved', role: 'status' }, t('channels.saved')) : null,
      h('div', { className: 'button-row' },
        h('button', { type: 'submit', className: 'btn btn-primary', disabled: busy }, busy ? t('channels.saving') : t('channels.save'))))
      : null);
}
