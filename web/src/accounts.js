// Accounts in words: roles and statuses as people say them, devices from their
// browser's user agent, and "last used" as a person would say it.
import { dateWords, plural } from './words.js';

// "… has an account for you as a panel member."
export const roleAs = {
  admin: 'an administrator',
  commissioner: 'a commissioner',
  panellist: 'a panel member',
  provider: 'a member of staff',
};

export const roleNames = {
  admin: 'Administrator',
  commissioner: 'Commissioner',
  panellist: 'Panel member',
  provider: 'Care provider staff',
};

export const statusNames = {
  invited: 'Invited',
  active: 'Active',
  deactivated: 'Deactivated',
};

export const statusColours = { invited: 'orange', active: 'green', deactivated: 'grey' };

// What the service wants of a new password (POST /auth/invitation/accept and friends).
export const PASSWORD_MIN = 10;
export const passwordHint = `At least ${PASSWORD_MIN} characters. A few words you will remember make a good one.`;

// The password's own problem, before asking the service: empty or too short.
export function passwordProblem(password) {
  if (!password) return 'Enter a password';
  if ([...password].length < PASSWORD_MIN) return `Your password needs at least ${PASSWORD_MIN} characters`;
  return null;
}

const browsers = [
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const systems = [
  [/iPhone/, 'iPhone'],
  [/iPad/, 'iPad'],
  [/Android/, 'Android'],
  [/Windows/, 'Windows'],
  [/CrOS/, 'a Chromebook'],
  [/Mac OS X|Macintosh/, 'a Mac'],
  [/Linux/, 'Linux'],
];

// "Chrome on Windows", "Safari on iPhone"; the raw text when neither is known.
export function deviceName(userAgent) {
  const agent = String(userAgent ?? '').trim();
  if (!agent) return 'A device we do not know';
  const browser = browsers.find(([pattern]) => pattern.test(agent))?.[1];
  const system = systems.find(([pattern]) => pattern.test(agent))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? agent;
}

// "just now", "5 minutes ago", "3 hours ago", "yesterday", "on 3 December 2026".
export function whenWords(iso, now = Date.now()) {
  const minutes = Math.floor((now - new Date(iso).getTime()) / 60000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${plural(minutes, 'minute')} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${plural(hours, 'hour')} ago`;
  if (hours < 48) return 'yesterday';
  return `on ${dateWords(iso)}`;
}

// The token an emailed link carries after '#': never sent to the service in an address.
export const linkToken = () => decodeURIComponent(location.hash.replace(/^#/, '')).trim();

// Field errors from a 422, by JSON pointer, as {field: text}.
export function fieldProblems(error, fields) {
  const out = {};
  for (const [pointer, detail] of Object.entries(error?.fieldErrors ?? {})) {
    const field = pointer.replace(/^\//, '');
    if (fields.includes(field)) out[field] = detail;
  }
  return out;
}

// What a care provider's member of staff may do beyond writing bids, each granted on
// inviting them and changed later on their page (PATCH /users/{id}): its words everywhere.
// `name` is the person's, `organisation` their organisation's.
export const providerFlags = [
  {
    field: 'authorised_signatory',
    invite: 'They may sign off bids for their organisation',
    hint: 'An authorised signatory confirms a bid before it is sent.',
    row: 'Can sign off bids',
    heading: 'Signing off bids',
    now: (on, name, organisation) => `${name} ${on ? 'may' : 'may not'} sign off bids for ${organisation}.`,
    grant: 'Let them sign off bids',
    revoke: 'Stop them signing off bids',
    changed: (on, name, organisation) => `${name} ${on ? 'may now' : 'may no longer'} sign off bids for ${organisation}.`,
  },
  {
    field: 'organisation_admin',
    invite: 'They may look after the organisation: its details and its people’s accounts',
    hint: 'An organisation administrator changes its details, invites colleagues, and deactivates or reactivates their accounts.',
    row: 'Organisation administrator',
    heading: 'Organisation administrator',
    now: (on, name, organisation) => `${name} ${on ? 'is' : 'is not'} an administrator of ${organisation}.`,
    grant: 'Make them an organisation administrator',
    revoke: 'Stop them being an organisation administrator',
    changed: (on, name, organisation) => `${name} is ${on ? 'now' : 'no longer'} an administrator of ${organisation}.`,
  },
];
