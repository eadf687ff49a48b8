// The account audit trail (GET /audit/accounts) in plain words: who did what, to what kind of
// thing, as one sentence ("Morag Bell (Edinburgh HSCP) deactivated an account"), and where
// that thing's page is. The trail names its subject by id only (API-GAPS-accounts.md, gap 10).
import { get } from '../../api.js';
import { plural, pounds } from '../../words.js';

// The filter by kind: [entity_type, words].
export const auditKinds = [
  ['', 'Everything'],
  ['user', 'People'],
  ['organisation', 'Organisations'],
  ['registration', 'Registrations'],
  ['setting', 'Installation settings'],
];

export function readAudit({ entity_type = '', entity_id = '', offset = 0, limit = 20 }) {
  const query = new URLSearchParams({ limit: String(limit), offset: String(offset) });
  if (entity_type) query.set('entity_type', entity_type);
  if (entity_id) query.set('entity_id', entity_id);
  return get(`/audit/accounts?${query}`);
}

// The whole list narrowed to one thing: where an organisation's or a person's page links to.
export const auditAddress = (entityType, entityId) =>
  `/admin/audit?${new URLSearchParams({ entity_type: entityType, entity_id: entityId })}`;

const did = {
  'user.invite': 'invited someone',
  'user.create': 'created an account',
  'user.invitation_resend': 'sent an invitation again',
  'user.invitation_withdraw': 'withdrew an invitation',
  'user.invitation_accept': 'accepted their invitation and chose a password',
  'user.update': 'changed what an account may do',
  'user.deactivate': 'deactivated an account',
  'user.reactivate': 'reactivated an account',
  'user.login': 'signed in',
  'user.logout': 'signed out',
  'user.password_change': 'changed their password',
  'user.password_reset_request': 'asked for a link to choose a new password',
  'user.password_reset': 'chose a new password from an emailed link',
  'user.email_change_request': 'asked to change their email address',
  'user.email_change': 'confirmed their new email address',
  'user.two_factor_begin': 'started setting up two-factor sign-in',
  'user.two_factor_enable': 'turned on two-factor sign-in',
  'user.two_factor_disable': 'turned off two-factor sign-in',
  'user.two_factor_reset': 'reset someone’s two-factor sign-in',
  'user.recovery_codes_replace': 'made new recovery codes for two-factor sign-in',
  'panellist.links': 'recorded their links to organisations',
  'organisation.create': 'added an organisation',
  'organisation.update': 'changed an organisation’s details',
  'organisation.close': 'closed an organisation',
  'organisation.followed_codes': 'changed the kinds of work an organisation follows',
  'registration.submit': 'registered an organisation',
  'registration.confirm': 'confirmed the email address of a registration',
  'registration.approve': 'approved a registration',
  'registration.refuse': 'refused a registration',
};

const settings = {
  two_factor_required: ['the two-factor sign-in rule', (v) => (v ? 'required' : 'each person chooses')],
  real_living_wage_pence: ['the Real Living Wage', (v) => `${pounds(v)} an hour`],
  invitation_lifetime_days: ['how long invitation links work', (v) => plural(v, 'day')],
};

function settingChange(e) {
  const [name, words] = settings[e.entity_id] ?? [e.entity_id, String];
  const value = (side) => (side?.value === null || side?.value === undefined ? 'not set' : words(side.value));
  return `changed ${name} from ${value(e.before)} to ${value(e.after)}`;
}

// Who: the person and their organisation, or, with no one signed in, whoever that can be.
function who(e) {
  if (e.actor_name) return e.actor_organisation ? `${e.actor_name} (${e.actor_organisation})` : e.actor_name;
  if (e.actor) return 'Someone whose account is gone';
  if (e.entity_type === 'registration') return 'The person registering';
  if (e.action === 'user.password_reset_request') return 'Someone';
  return 'Someone on the server (not on this website)';
}

export function auditSentence(e) {
  const what = e.action === 'settings.change' ? settingChange(e) : did[e.action] ?? `did “${e.action}”`;
  return `${who(e)} ${what}.`;
}

// Why, where the one who did it said (deactivating, reactivating, resetting two-factor sign-in).
export const auditReason = (e) => (typeof e.after?.reason === 'string' ? e.after.reason : null);

// The page of what it happened to: [address, link words].
export function auditSubject(e) {
  const id = encodeURIComponent(e.entity_id);
  switch (e.entity_type) {
    case 'user':
      return [`/admin/people/${id}`, 'Open the account'];
    case 'organisation':
      return [`/admin/organisations/${id}`, 'Open the organisation'];
    case 'registration':
      return [`/admin/registrations/${id}`, 'Open the registration'];
    case 'setting':
      return ['/admin/settings', 'Open the installation settings'];
    default:
      return null;
  }
}
