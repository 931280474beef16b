// AidFlow's configuration of this Camunda web app, in place of Camunda's (which sets nothing).
export default {
  // sends people to AidFlow's sign-in page instead of the web app's own login form
  customScripts: ['../aidflow-sign-in']
};
