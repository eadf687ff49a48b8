// The workspace's problems in plain words; anything else as problems.js says it.
import { ApiError } from '../../../api.js';
import { explain as explainAny } from '../../../problems.js';

const plain = {
  'not-section-owner': 'This section belongs to another organisation in your partnership, so only they and the lead can change it.',
  'section-transition': 'That step is not possible for this section just now. For example, a section needs some writing before it can be reviewed, and only its approver can approve it.',
  'draft-changed': 'The bid changed while you were reading it, so nothing was signed. Please check the bid as it is now, then sign again.',
  'not-authorised-signatory': 'Only an authorised signatory of your organisation can sign off a bid. Please ask one of them to sign.',
  'deadline-passed': 'The deadline has passed, so the bid can no longer be changed or submitted.',
  'uploaded-section': 'This section is met by uploading documents, not by writing text.',
  'precondition-failed': 'Someone else saved this just now. Please reload the page to see their changes, then try again.',
  'not-in-stage-2': 'Only bids submitted in the first stage can send a revised bid in the second stage.',
  'bid-incomplete': 'The bid cannot be submitted yet. Please see what still needs doing.',
  excluded:
    'Nothing was saved: this bid is out of this tender, because it did not meet a minimum requirement, so it can no longer change. Reload the page to see which requirement, and why.',
};

export function explain(error) {
  if (error instanceof ApiError && plain[error.kind]) return plain[error.kind];
  if (error instanceof ApiError && error.status === 412) return plain['precondition-failed'];
  if (error instanceof ApiError && error.status === 413) return 'This file is too large. Please upload a file of 20 MB or less.';
  return explainAny(error);
}
