// The outbox in words, for an administrator: what each kind of email was about, and
// why one could not be sent, from the mail server's own text (kept as it is beside
// these words, for whoever runs the mail server).

// What an email was about, by the notification's kind (domain/notification.cpp).
const kinds = {
  consortium_invitation: 'An invitation to join a partnership',
  invitation_answered: 'An answer to a partnership’s invitation',
  pin_published: 'An early notice of a tender to come',
  tender_published: 'A tender opening for bids',
  clarification_answered: 'An answer to a question about a tender',
  clarification_published: 'A clarification published for a tender',
  deadline_changed: 'A tender’s deadline changed',
  bid_submitted: 'A receipt for a bid sent',
  reconfirmation_required: 'A tender changed after a bid was sent',
  bid_reconfirmed: 'A receipt for a bid confirmed again',
  lot_cancelled: 'A lot cancelled',
  gate_clarification_requested: 'A buyer asking for more evidence for a bid',
  panel_membership: 'A request to be on an evaluation panel',
  bids_ready: 'Bids ready for a panel to score',
  feedback_released: 'Feedback on a bid',
  award_proposed: 'An outcome letter',
  standstill_suspended: 'An award put on hold',
  standstill_resumed: 'An award going ahead again',
  award_confirmed: 'An award made final',
  deadline_reminder: 'A reminder of a bid’s deadline',
  scoring_reminder: 'A reminder to score bids',
  standstill_ended: 'The end of an award’s standstill',
  clarification_asked: 'A provider’s question about a tender',
  scoring_complete: 'A panel finishing its scoring',
  section_assigned: 'A part of a bid to write or review',
  mentioned: 'A mention in a comment on a bid',
  review_requested: 'A part of a bid ready for review',
  changes_requested: 'A reviewer asking for changes',
  sign_off_needed: 'A bid needing sign-off',
  sign_off_voided: 'A bid changed after it was signed off',
  account_invitation: 'An invitation to use the service',
  password_reset: 'A link to choose a new password',
  password_changed: 'A password changed',
  email_change_confirm: 'A link to confirm a new email address',
  email_changed: 'An email address changed',
};

// "An invitation to use the service"; a kind not known here, as its words ("Some kind").
export function kindWords(kind) {
  if (kinds[kind]) return kinds[kind];
  const words = String(kind ?? '').replace(/_/g, ' ');
  return words ? words[0].toUpperCase() + words.slice(1) : 'An email';
}

// What the mail server said, in plain words. The order matters: a server's reply code
// says more than the way the connection ended.
const reasons = [
  [/\b552\b|mailbox full|quota/i, 'The recipient’s mailbox is full.'],
  [/\b554\b/, 'The recipient’s mail server would not take it, perhaps because it looked unwanted.'],
  [/\b55[013]\b/, 'The recipient’s mail server refused it. The email address may be wrong, or the mailbox may no longer exist.'],
  [/login denied|authenticat|\b535\b/i, 'Our mail server did not accept the service’s user name or password. Whoever runs this service needs to check its mail settings.'],
  [/server replied 4\d\d/, 'The recipient’s mail server was busy and asked us to try later, too many times.'],
  [/ssl|tls|certificate/i, 'A secure connection to our mail server could not be made. Whoever runs this service needs to check its mail settings.'],
  [/connect|resolve|timed? ?out|timeout/i, 'The service could not reach our mail server. It may have been down, or its address may be wrong in the service’s settings.'],
  [/cannot (create|write)/, 'The service could not write the email into its mail folder. Whoever runs this service needs to check that folder.'],
];

export function errorWords(error) {
  const text = String(error ?? '');
  return reasons.find(([pattern]) => pattern.test(text))?.[1] ?? 'The email could not be sent.';
}

// The counts' states, in the order the page lists them.
export const states = [
  ['pending', 'Waiting to be sent'],
  ['sent', 'Sent'],
  ['failed', 'Could not be sent'],
  ['in_app_only', 'Not emailed (shown in the service only)'],
];
