// The only module that talks to the server. Every call sends the UI language, and every call
// that changes something sends the CSRF token from the XSRF-TOKEN cookie.
import { acceptLanguage, t } from './i18n/index.js';

/** A failed call: the server's problem details, with field errors keyed by field name. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || t('error.status', { status }));
    this.status = status;
    this.problem = problem || null;
    this.title = problem && problem.title;
    this.detail = problem && problem.detail;
    this.errors = (problem && Array.isArray(problem.errors) ? problem.errors : []);
    this.fieldErrors = {};
    for (const e of this.errors) {
      if (e && e.field) {
        this.fieldErrors[e.field] = this.fieldErrors[e.field] ? this.fieldErrors[e.field] + ' ' + e.message : e.message;
      }
    }
  }

  get notFound() {
    return this.status === 404;
  }
}

let unauthorizedHandler = null;

/** Called when a signed-in call answers 401 (the session ended). */
export function onUnauthorized(fn) {
  unauthorizedHandler = fn;
}

function cookie(name) {
  const prefix = name + '=';
  for (const part of document.cookie.split(';')) {
    const c = part.trim();
    if (c.startsWith(prefix)) {
      return decodeURIComponent(c.substring(prefix.length));
    }
  }
  return null;
}

function queryString(params) {
  if (!params) {
    return '';
  }
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') {
      q.append(k, String(v));
    }
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

async function csrfToken() {
  let token = cookie('XSRF-TOKEN');
  if (!token) {
    // any GET makes the server set the cookie, signed in or not
    await fetch('/api/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } }).catch(() => null);
    token = cookie('XSRF-TOKEN');
  }
  return token;
}

async function request(method, path, options = {}) {
  const headers = { Accept: options.accept || 'application/json, application/problem+json', 'Accept-Language': acceptLanguage() };
  let body;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.form).toString();
  } else if (options.multipart) {
    body = options.multipart; // the browser sets the multipart boundary itself
  }
  if (method !== 'GET') {
    const token = await csrfToken();
    if (token) {
      headers['X-XSRF-TOKEN'] = token;
    }
  }
  let response;
  try {
    response = await fetch(path + queryString(options.query), { method, headers, body, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, { detail: t('error.network') });
  }
  if (response.status === 204) {
    return null;
  }
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    let problem = null;
    if (type.includes('json')) {
      problem = await response.json().catch(() => null);
    }
    const error = new ApiError(response.status, problem);
    if (response.status === 401 && !options.expectUnauthorized && unauthorizedHandler) {
      unauthorizedHandler(error);
    }
    throw error;
  }
  if (options.text) {
    return response.text();
  }
  return type.includes('json') ? response.json() : response.text();
}

// --- who am I -------------------------------------------------------------------------------

export const me = () => request('GET', '/api/me', { expectUnauthorized: true });

export async function login(username, password) {
  await csrfToken();
  return request('POST', '/api/login', { form: { username, password }, expectUnauthorized: true });
}

export const logout = () => request('POST', '/api/logout', { expectUnauthorized: true });

export const unions = () => request('GET', '/api/unions');

/** Chooses one's own password: 204, or 400 naming currentPassword or newPassword. */
export const changePassword = (currentPassword, newPassword) => request('POST', '/api/me/password',
  { json: { currentPassword, newPassword } });

// --- people and coverage (administrators) ---------------------------------------------------

const personPath = (username, sub) => '/api/admin/people/' + encodeURIComponent(username) + (sub ? '/' + sub : '');
/** {items:[{username, displayName, displayNameEn, union, roles, email, phone, disabled, passwordChangeRequired}], page, size, total}. */
export const people = (params) => request('GET', '/api/admin/people', { query: params });
/** Answers the person with their oneTimePassword, shown once. */
export const createPerson = (body) => request('POST', '/api/admin/people', { json: body });
export const updatePerson = (username, body) => request('PUT', personPath(username), { json: body });
export const disablePerson = (username) => request('POST', personPath(username, 'disable'));
export const enablePerson = (username) => request('POST', personPath(username, 'enable'));
/** A new one-time password for the person (answered once, in oneTimePassword). */
export const resetPassword = (username) => request('POST', personPath(username, 'reset'));
/** {gaps:[{union, unionNameZh, unionNameEn, level, role, group}], tasks:[{id, name, taskKey, businessKey, candidateGroups, created, due}]}. */
export const coverage = () => request('GET', '/api/admin/coverage');

/** A staff sheet: answers the report on every row; refused as a whole, the ApiError's problem carries the same report. */
export function importPeople(file, keepValidRows) {
  const data = new FormData();
  data.append('file', file);
  data.append('keepValidRows', keepValidRows ? 'true' : 'false');
  return request('POST', '/api/admin/people/import', { multipart: data });
}

export const peopleTemplateUrl = '/api/admin/people/template.xlsx';
export const peopleExportUrl = '/api/admin/people/export.xlsx';

// --- tasks ----------------------------------------------------------------------------------

export const tasks = (filter) => request('GET', '/api/tasks', { query: filter });
export const task = (id) => request('GET', '/api/tasks/' + encodeURIComponent(id));
export const claimTask = (id) => request('POST', '/api/tasks/' + encodeURIComponent(id) + '/claim');
export const completeTask = (id, values) => request('POST', '/api/tasks/' + encodeURIComponent(id) + '/complete', { json: values });
/** The BPMN XML of the task's process (endpoint requested from the back end; 404 until it exists). */
export const taskDiagram = (id) => request('GET', '/api/tasks/' + encodeURIComponent(id) + '/diagram',
  { accept: 'application/xml, text/xml, application/problem+json', text: true });

// --- 转办, 催办 and remarks on a task ---------------------------------------------------------

const taskPath = (id, sub) => '/api/tasks/' + encodeURIComponent(id) + '/' + sub;
/** Colleagues the task may be handed to: {items:[{username, displayName, group}]}. */
export const taskDelegates = (id) => request('GET', taskPath(id, 'delegates'));
export const delegateTask = (id, to, comment) => request('POST', taskPath(id, 'delegate'), { json: { to, comment: comment || null } });
export const remindTask = (id, comment) => request('POST', taskPath(id, 'remind'), { json: { comment: comment || null } });
export const taskComments = (id, params) => request('GET', taskPath(id, 'comments'), { query: params });
export const addTaskComment = (id, text) => request('POST', taskPath(id, 'comments'), { json: { text } });

// --- 加签/减签, 退回, 委派 (components/tasks/ApprovalActions.js) -------------------------------------

export const taskSigners = (id) => request('GET', taskPath(id, 'signers'));
export const addTaskSigner = (id, username, position, comment) => request('POST', taskPath(id, 'signers'),
  { json: { username, position, comment: comment || null } });
export const removeTaskSigner = (id, username) => request('DELETE', taskPath(id, 'signers/' + encodeURIComponent(username)));
export const returnTargets = (id) => request('GET', taskPath(id, 'return-targets'));
export const returnTask = (id, target, comment, resumeHere) => request('POST', taskPath(id, 'return'),
  { json: { target, comment, resumeHere: !!resumeHere } });
export const entrustTask = (id, username, comment) => request('POST', taskPath(id, 'delegation'),
  { json: { username, comment: comment || null } });

// --- agreements -----------------------------------------------------------------------------

/** The calls on agreements or projects, which the server serves alike under their base path. */
function caseCalls(base) {
  const one = (id) => base + '/' + encodeURIComponent(id);
  return {
    list: (params) => request('GET', base, { query: params }),
    get: (id) => request('GET', one(id)),
    create: (body) => request('POST', base, { json: body }),
    withdraw: (id, comment) => request('POST', one(id) + '/withdraw', { json: { comment: comment || null } }),
    trace: (id) => request('GET', one(id) + '/trace'),
  };
}

export const {
  list: agreements, get: agreement, create: createAgreement, withdraw: withdrawAgreement, trace: agreementTrace,
} = caseCalls('/api/agreements');

// --- projects -------------------------------------------------------------------------------

export const {
  list: projects, get: project, create: createProject, withdraw: withdrawProject, trace: projectTrace,
} = caseCalls('/api/projects');

// --- funding plans, performance targets, changes and imports (issue 14) ----------------------

export const agreementPlan = (id) => request('GET', '/api/agreements/' + encodeURIComponent(id) + '/plan');
export const indicators = (type) => request('GET', '/api/indicators', { query: { type } });
export const projectPerformance = (id) => request('GET', '/api/projects/' + encodeURIComponent(id) + '/performance');
export const projectTemplateUrl = '/api/imports/projects/template.xlsx';
export const projectDrafts = () => request('GET', '/api/imports/projects/drafts');
export const submitProjectDraft = (draftId) => request('POST', '/api/imports/projects/drafts/submit', { json: { draftId } });
/** A sheet of planned projects: the report on every row; refused as a whole, the ApiError's problem carries the same report. */
export function importProjects(file, keepValidRows) {
  const data = new FormData();
  data.append('file', file);
  data.append('keepValidRows', keepValidRows ? 'true' : 'false');
  return request('POST', '/api/imports/projects', { multipart: data });
}
export const planReport = () => request('GET', '/api/reports/plans');
export const performanceReport = (groupBy) => request('GET', '/api/reports/performance', { query: { groupBy } });
export const projectChanges = (id) => request('GET', '/api/projects/' + encodeURIComponent(id) + '/changes');
export const requestProjectChange = (id, body) => request('POST', '/api/projects/' + encodeURIComponent(id) + '/changes', { json: body });
export const progressReports = (id) => request('GET', '/api/projects/' + encodeURIComponent(id) + '/progress-reports');
export const saveAgreementPlan = (id, years) => request('PUT', '/api/agreements/' + encodeURIComponent(id) + '/plan', { json: { years } });

// --- reports and the ledger ------------------------------------------------------------------

/** {groupBy, statuses, rows:[{key,labelZh,labelEn,projects,budget,transferred,received,spent}], totals}. */
export const summary = (groupBy, statuses) => request('GET', '/api/reports/summary',
  { query: { groupBy, status: statuses && statuses.length ? statuses.join(',') : undefined } });

/** The summary as a CSV or XLSX file: {blob, fileName}, named by the server in the UI language. */
export const summaryFile = (groupBy, format, statuses) => reportFile('/api/reports/summary',
  { groupBy, format, status: statuses && statuses.length ? statuses.join(',') : undefined }, 'summary.' + format);

/**
 * The whole program as the article reports it: {statuses, totals:{donors,agreements,intendedAmount,projects,budget,
 * transferred,received,spent}, donorsOver20Million, donors:[…], typeGroups:[row], facilityTypes:[row], notFixed:[row]}.
 */
export const programReport = () => request('GET', '/api/reports/program');

/** The program report as a CSV or XLSX file: {blob, fileName}. */
export const programFile = (format) => reportFile('/api/reports/program', { format }, 'program.' + format);

async function reportFile(path, params, fallbackName) {
  let response;
  try {
    response = await fetch(path + queryString(params),
      { headers: { Accept: '*/*', 'Accept-Language': acceptLanguage() }, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, { detail: t('error.network') });
  }
  if (!response.ok) {
    const problem = (response.headers.get('Content-Type') || '').includes('json') ? await response.json().catch(() => null) : null;
    throw new ApiError(response.status, problem);
  }
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('Content-Disposition')) || fallbackName };
}

function fileNameOf(disposition) {
  if (!disposition) {
    return null;
  }
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]);
    } catch (e) {
      // fall back to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : null;
}

/** Overdue tasks on what the caller may see, most overdue first: {items, page, size, total}. */
export const overdueReport = (params) => request('GET', '/api/reports/overdue', { query: params });

/** Recomputes the whole hash chain now (auditors, admin); answers the run as the log keeps it. */
export const verifyLedger = () => request('GET', '/api/ledger/verify');
/** Past verification runs, newest first: {items, total, running}. */
export const ledgerVerifications = (params) => request('GET', '/api/ledger/verifications', { query: params });

// --- notifications --------------------------------------------------------------------------

/** {items, page, size, total, unread}: overdue warnings, reminders and tasks handed to the caller. */
export const notifications = (params) => request('GET', '/api/notifications', { query: params });
export const readNotification = (id) => request('POST', '/api/notifications/' + encodeURIComponent(id) + '/read');
export const readAllNotifications = () => request('POST', '/api/notifications/read-all');

/** How AidFlow reaches the caller outside the app: {email, phone, channels, digestHour, language, available}. */
export const channels = () => request('GET', '/api/me/channels');
/** Answers the settings as saved, or 400 naming email, phone, channels[i], digestHour or language. */
export const saveChannels = (body) => request('PUT', '/api/me/channels', { json: body });
/** The outbox for administrators, newest first: {items:[{id, deliveryId, channel, recipient, kind, subject, status, attempts, lastError, createdAt, sentAt}], page, size, total}. */
export const outbox = (params) => request('GET', '/api/admin/outbox', { query: params });

// --- documents ------------------------------------------------------------------------------

/** Uploads a PDF, PNG or JPEG for an agreement or a project; answers {id, fileName, contentType, size, sha256}. */
export function uploadDocument(file, subject) {
  const data = new FormData();
  data.append('file', file);
  if (subject.agreementId !== undefined && subject.agreementId !== null) {
    data.append('agreementId', String(subject.agreementId));
  }
  if (subject.projectId !== undefined && subject.projectId !== null) {
    data.append('projectId', String(subject.projectId));
  }
  return request('POST', '/api/documents', { multipart: data });
}

export const documentUrl = (id) => '/api/documents/' + encodeURIComponent(id);

// --- the directory, as the administrator maintains it ----------------------------------------

const roundPath = (code, sub) => '/api/admin/rounds/' + encodeURIComponent(code) + (sub ? '/' + sub : '');
const pairingPath = (code, donor, recipient) => roundPath(code, 'pairings') + '/' + encodeURIComponent(donor) + '/' + encodeURIComponent(recipient);
/** Rounds earliest first: [{code,nameZh,nameEn,startYear,endYear,inForce,closed,pairingCount}]. */
export const adminRounds = () => request('GET', '/api/admin/rounds');
export const createRound = (body) => request('POST', '/api/admin/rounds', { json: body });
export const updateRound = (code, body) => request('PUT', roundPath(code), { json: body });
export const deleteRound = (code) => request('DELETE', roundPath(code));
export const roundHistory = (code) => request('GET', roundPath(code, 'history'));
/** {round, pairings:[{donorCode, recipientCode, countiesZh}]}. */
export const roundPairings = (code) => request('GET', roundPath(code, 'pairings'));
export const addPairing = (code, body) => request('POST', roundPath(code, 'pairings'), { json: body });
export const updatePairing = (code, donor, recipient, countiesZh) => request('PUT', pairingPath(code, donor, recipient),
  { json: { countiesZh: countiesZh || null } });
export const removePairing = (code, donor, recipient) => request('DELETE', pairingPath(code, donor, recipient));
export const createUnion = (body) => request('POST', '/api/admin/unions', { json: body });
export const updateUnion = (code, body) => request('PUT', '/api/admin/unions/' + encodeURIComponent(code), { json: body });
export const unionHistory = (code) => request('GET', '/api/admin/unions/' + encodeURIComponent(code) + '/history');

// --- the approvals desk: 已办, 我发起的, 批量审批, 抄送, 代理, 审批单 ----------------------------------

export const doneTasks = (params) => request('GET', '/api/tasks/done', { query: params });
export const startedCases = (params) => request('GET', '/api/me/started', { query: params });
/** [{taskId, status: DONE|REFUSED, statusCode, reason}], one per task. */
export const batchComplete = (taskIds, values) => request('POST', '/api/tasks/batch', { json: { taskIds, values } });
export const copyCase = (taskId, usernames, comment) => request('POST', taskPath(taskId, 'cc'),
  { json: { usernames, comment: comment || null } });
export const copies = (params) => request('GET', '/api/cc', { query: params });
export const readCopy = (id) => request('POST', '/api/cc/' + encodeURIComponent(id) + '/read');
export const substitute = () => request('GET', '/api/me/substitute');
export const setSubstitute = (body) => request('PUT', '/api/me/substitute', { json: body });
export const clearSubstitute = () => request('DELETE', '/api/me/substitute');
export const approvalSheetUrl = (kind, id) => '/api/' + kind + 's/' + encodeURIComponent(id) + '/approval-sheet.pdf';
