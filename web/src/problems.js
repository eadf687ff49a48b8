// What went wrong, in plain words. The service's problems carry a stable type;
// the ones a panellist can meet get a sentence written for them here, and any
// other falls back to the service's own detail.
import { ApiError, OfflineError } from './api.js';

const plain = {
  'declaration-required': 'Please answer the question about conflicts of interest first.',
  conflicted: 'You told us you have a conflict of interest with this bid, so you will not see or score it.',
  'scores-submitted': 'You have already sent your scores for this bid. They cannot be changed now.',
  'scores-hidden': 'You will see the rest of the panel’s scores once you have sent your own.',
  'bid-excluded': 'This bid did not meet one of the minimum requirements, so it is not scored.',
  sealed: 'Bids can only be opened after the closing date. Please come back then.',
  'evaluation-closed': 'Scoring for this stage has finished, so scores can no longer change.',
  'moderation-not-ready': 'Not everyone on the panel has sent their scores yet. You can agree final scores once they have.',
  'validation-failed': 'Some answers need checking. Please see the messages below.',
  'invalid-credentials': 'The email address or password is not right. Please check them and try again.',
  'feedback-not-released': 'The commissioner has not shared the feedback yet. You can read it here once they do.',
  'no-decision-yet': 'No decision has been made about this lot yet. Your outcome letter will be here once it is.',
  'invitation-changed': 'The lead has changed what they are asking of you. Please read the invitation again.',
  'reconfirmation-too-late':
    'Nothing was published. This answer changes the tender for bids already sent, but the deadline has passed, so their partnerships would have no time to confirm them. Extend the deadline first (on the Timetable page), or publish the answer after closing the stage.',
  'nothing-to-reconfirm': 'There is nothing to confirm: no change to the tender since your bid was sent needs it. The page now shows the latest.',
  'lot-cancelled': 'This lot has been cancelled, so its bids are not evaluated and nothing more can be sent for it.',
  'not-after-deadline':
    'You can only decide what happens to a lot with too few bids after the stage’s deadline has passed and before the stage is closed.',
  'not-short-of-bids': 'This lot has the bids it needs now, or has already been dealt with. The page now shows the latest.',
  'not-cancellable': 'This lot cannot be cancelled at this point in the tender. Before stage 1 opens, delete the lot instead.',
  'award-proposed':
    'An award has already been proposed for this lot, so it cannot be cancelled. You can suspend the standstill instead, on the Ranking and award page.',
  'too-many-attempts': 'There have been too many attempts to sign in with this email address. Please wait a while, then try again.',
  'email-taken': 'Someone already has an account with this email address.',
  'two-factor-invalid':
    'That code is not right, or it has been used already. Please check your app and type the newest code (or use a recovery code you have not used before).',
  'two-factor-enrolment-required': 'Please turn on two-factor sign-in before you do anything else.',
  'two-factor-enabled': 'Two-factor sign-in is already turned on for your account.',
  'two-factor-required': 'Your role must use two-factor sign-in, so it cannot be turned off.',
  'link-invalid': 'This link has expired or has already been used.',
  'registration-decided': 'This registration has already been decided, perhaps by another administrator. The page now shows the latest.',
  'organisation-closed': 'This organisation is closed, so nothing about it can change now. The page shows it as it is.',
  'not-failed': 'This email is no longer one that could not be sent: it may have been sent again already. Press “Show the latest” to see the list as it is now.',
  'not-invited': 'This person has no invitation waiting. The page now shows the latest.',
};

// Problems whose own detail is written for the person reading it.
const ownWords = new Set(['account-deactivated']);

export function explain(error) {
  if (error instanceof OfflineError)
    return 'We cannot reach the service. Please check your internet connection and try again.';
  if (error instanceof ApiError) {
    if (plain[error.kind]) return plain[error.kind];
    if (ownWords.has(error.kind) && error.problem.detail) return error.problem.detail;
    if (error.status === 401) return 'Please sign in again. For your security you were signed out.';
    if (error.status === 403) return 'You do not have permission to see this page.';
    if (error.status === 404) return 'We could not find this page. It may have been moved, or you may not have access to it.';
    if (error.temporary) return 'The service is busy or unavailable just now. Please try again in a minute.';
    return error.problem.detail || error.problem.title || 'Something went wrong. Please try again.';
  }
  return 'Something went wrong. Please try again.';
}

// Turns "say why you gave this score" into a sentence: "Say why you gave this score."
export function sentence(detail) {
  const text = String(detail ?? '').trim();
  if (!text) return '';
  const first = text[0].toUpperCase() + text.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}
