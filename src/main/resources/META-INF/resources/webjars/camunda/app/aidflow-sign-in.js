// AidFlow: Camunda's web apps trust the AidFlow sign-in, and their own login form is closed (the
// server refuses it). Whenever a web app would show that form (after its "Sign out", or once the
// AidFlow session has ended), the browser goes to AidFlow's sign-in page instead.
function toAidFlowSignIn() {
  if (/^#\/login(\?|$)/.test(window.location.hash)) {
    window.location.replace('/');
  }
}

window.addEventListener('hashchange', toAidFlowSignIn);
toAidFlowSignIn();

// no plugins
export default [];
