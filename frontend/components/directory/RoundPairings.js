import { h, useState } from '../../html.js';
import * as api from '../../api.js';
import { t, unionName } from '../../i18n/index.js';
import { useLoad } from '../../hooks.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { Field, inputProps } from '../common/Field.js';
import { formProblem } from '../common/FormProblem.js';
import { SubmitProblem } from '../common/SubmitProblem.js';
import { Loading } from '../common/Loading.js';
import { Section } from '../common/Section.js';

const FIELDS = ['donorCode', 'recipientCode', 'countiesZh'];
const RECIPIENT_LEVELS = ['REGION', 'PREFECTURE', 'DIVISION'];

/** The pairings of one round; while the round is not history, added, changed (counties) and removed here. */
export function RoundPairings({ round, unions, onChanged }) {
  const list = useLoad(() => api.roundPairings(round.code), [round.code, round.pairingCount]);
  const [editing, setEditing] = useState(null);
  const [counties, setCounties] = useState('');
  const [draft, setDraft] = useState({ donorCode: '', recipientCode: '', countiesZh: '' });
  const [errors, setErrors] = useState({});
  const [problem, setProblem] = useState(null);
  const [busy, setBusy] = useState(false);
  const byCode = Object.fromEntries(unions.map((u) => [u.code, u]));
  const name = (code) => (byCode[code] ? unionName(byCode[code], code) : code);
  const donors = unions.filter((u) => u.level === 'DONOR');
  const recipients = unions.filter((u) => RECIPIENT_LEVELS.includes(u.level));
  const editable = !round.closed;

  const run = (call) => {
    setBusy(true);
    setProblem(null);
    return call().then(() => {
      setBusy(false);
      setEditing(null);
      list.reload();
      onChanged();
    }).catch((err) => {
      setBusy(false);
      const shown = formProblem(err, FIELDS);
      setErrors(shown.errors);
      setProblem(shown.problem);
    });
  };
  const add = (e) => {
    e.preventDefault();
    const found = {};
    if (!draft.donorCode) {
      found.donorCode = t('validation.required');
    }
    if (!draft.recipientCode) {
      found.recipientCode = t('validation.required');
    }
    setErrors(found);
    if (Object.keys(found).length) {
      return;
    }
    run(() => api.addPairing(round.code, { ...draft, countiesZh: draft.countiesZh.trim() || null }))
      .then(() => setDraft({ donorCode: '', recipientCode: '', countiesZh: '' }));
  };
  const setDraftField = (key) => (e) => setDraft((old) => ({ ...old, [key]: e.target.value }));
  const remove = (p) => {
    if (window.confirm(t('directory.confirmRemovePairing', { donor: name(p.donorCode), recipient: name(p.recipientCode), round: round.code }))) {
      run(() => api.removePairing(round.code, p.donorCode, p.recipientCode));
    }
  };

  const pairings = list.data ? list.data.pairings : [];
  return h(Section, { title: t('directory.pairingsOf', { round: round.code }) },
    round.closed ? h('div', { className: 'notice notice-info' }, t('directory.roundClosedNote')) : null,
    h(ErrorNotice, { error: list.error, onRetry: list.reload }),
    list.loading && !list.data ? h(Loading) : null,
    h(SubmitProblem, { problem }),
    list.data && !pairings.length ? h('p', { className: 'muted' }, t('directory.noPairings')) : null,
    pairings.length ? h('div', { className: 'table-wrap' }, h('table', { className: 'table table-compact pairings-table' },
      h('thead', null, h('tr', null,
        h('th', null, t('directory.donor')), h('th', null, t('directory.recipient')), h('th', null, t('directory.counties')),
        editable ? h('th', null, t('common.actions')) : null)),
      h('tbody', null, pairings.map((p) => {
        const key = p.donorCode + '>' + p.recipientCode;
        return h('tr', { key, 'data-pairing': key },
          h('td', null, name(p.donorCode), ' ', h('span', { className: 'muted mono' }, p.donorCode)),
          h('td', null, name(p.recipientCode), ' ', h('span', { className: 'muted mono' }, p.recipientCode)),
          h('td', null, editing === key
            ? h('input', { className: 'input', value: counties, onChange: (e) => setCounties(e.target.value), disabled: busy,
              'aria-label': t('directory.counties') })
            : (p.countiesZh || '—')),
          editable ? h('td', { className: 'nowrap' }, editing === key
            ? [h('button', { key: 's', type: 'button', className: 'btn btn-small btn-primary', disabled: busy,
              onClick: () => run(() => api.updatePairing(round.code, p.donorCode, p.recipientCode, counties.trim())) }, t('directory.save')),
            h('button', { key: 'c', type: 'button', className: 'btn btn-small btn-quiet', onClick: () => setEditing(null) }, t('common.cancel'))]
            : [h('button', { key: 'e', type: 'button', className: 'btn btn-small', disabled: busy,
              onClick: () => { setEditing(key); setCounties(p.countiesZh || ''); } }, t('directory.editCounties')),
            h('button', { key: 'r', type: 'button', className: 'btn btn-small btn-danger', disabled: busy, onClick: () => remove(p) }, t('directory.remove'))]) : null);
      })))) : null,
    editable ? h('form', { className: 'form pairing-add', onSubmit: add, noValidate: true },
      h('h3', null, t('directory.addPairing')),
      h('div', { className: 'field-row' },
        h(Field, { id: 'donorCode', label: t('directory.donor'), required: true, error: errors.donorCode },
          h('select', { ...inputProps('donorCode', errors.donorCode), className: 'input', value: draft.donorCode, onChange: setDraftField('donorCode'), disabled: busy },
            h('option', { value: '' }, t('form.choose')),
            donors.map((u) => h('option', { key: u.code, value: u.code }, unionName(u, u.code))))),
        h(Field, { id: 'recipientCode', label: t('directory.recipient'), required: true, error: errors.recipientCode },
          h('select', { ...inputProps('recipientCode', errors.recipientCode), className: 'input', value: draft.recipientCode, onChange: setDraftField('recipientCode'), disabled: busy },
            h('option', { value: '' }, t('form.choose')),
            recipients.map((u) => h('option', { key: u.code, value: u.code }, unionName(u, u.code)))))),
      h(Field, { id: 'countiesZh', label: t('directory.counties'), error: errors.countiesZh, hint: t('directory.countiesHint') },
        h('input', { ...inputProps('countiesZh', errors.countiesZh), className: 'input', value: draft.countiesZh, onChange: setDraftField('countiesZh'), disabled: busy })),
      h('div', { className: 'button-row' },
        h('button', { type: 'submit', className: 'btn btn-primary', disabled: busy }, t('directory.addPairing')))) : null);
}
