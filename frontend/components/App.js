import { h, useState, useEffect } from '../html.js';
import * as api from '../api.js';
import { lang, onLangChange, t } from '../i18n/index.js';
import { useRoute } from '../router.js';
import { SessionContext } from '../session.js';
import { forgetUnions } from '../hooks.js';
import { SignIn } from './security/SignIn.js';
import { Header } from './common/Header.js';
import { Loading } from './common/Loading.js';
import { Routes } from './Routes.js';
import { ForcedPasswordChange } from './people/PasswordPage.js';

/** Signs the person in, then shows the header and the page the address asks for. */
export function App() {
  const [, setLanguage] = useState(lang());
  const [me, setMe] = useState(undefined);
  const [expired, setExpired] = useState(false);
  const route = useRoute();

  useEffect(() => {
    document.title = t('app.documentTitle');
    return onLangChange(setLanguage);
  }, []);

  useEffect(() => {
    api.onUnauthorized(() => {
      setExpired(true);
      setMe(null);
    });
    api.me().then(setMe).catch(() => setMe(null));
  }, []);

  const signedIn = (person) => {
    setExpired(false);
    forgetUnions();
    setMe(person);
  };

  const signedOut = () => {
    setExpired(false);
    setMe(null);
    window.location.hash = '';
  };

  if (me === undefined) {
    return h(Loading, { full: true });
  }
  if (me === null) {
    return h(SignIn, { expired, onSignedIn: signedIn });
  }
  if (me.passwordChangeRequired) {
    // the server allows nothing else until the person has chosen their own password
    return h(ForcedPasswordChange, { me, onSignedOut: signedOut, onChanged: () => api.me().then(signedIn).catch(() => setMe(null)) });
  }
  return h(SessionContext.Provider, { value: me },
    h('div', { className: 'app' },
      h(Header, { me, route, onSignedOut: signedOut }),
      h('main', { className: 'main', id: 'main' }, h(Routes, { route }))));
}
