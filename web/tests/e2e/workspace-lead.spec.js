// The lead's journey through a partnership bid: assign a section, write it, send
// it for review and approve it, upload the required document, read the whole bid,
// sign off (the partner signs too), confirm the declaration, submit, and keep the
// receipt; both fingerprints are explained.
import { test, expect, signIn, apiAs, heading } from './fixtures.js';
import { ws, bidUrl, checkScreen } from './workspace-helpers.js';

test('the lead assigns, writes, approves, signs off and submits, and gets a receipt', async ({ page }) => {
  const lead = ws.users.lead;
  const bid = ws.bids.journey;
  await signIn(page, lead);
  await page.goto(bidUrl('journey'));
  await expect(heading(page)).toHaveText('Granton and Muirhouse Together');
  await expect(page.getByText('Neighbourhood Connections · Lot 1: Connections North')).toBeVisible();
  const blocking = page.getByTestId('blocking');
  await expect(blocking.getByRole('link', { name: 'Answer the question “Knowing the community”' })).toBeVisible();
  await expect(blocking.getByRole('link', { name: 'Upload the document “Safeguarding policy”' })).toBeVisible();
  await expect(blocking.getByRole('link', { name: 'Muirhouse Link Up must sign off the bid as it is now' })).toBeVisible();
  await checkScreen(page, 'bid overview', 'workspace-01-overview');

  // Assign the first question to the lead itself, with a due date in the past: overdue.
  const card = page.getByTestId('section-response-0');
  await card.getByText('Change who does this').click();
  await card.getByLabel('Which organisation writes it').selectOption({ label: 'Granton Community Care' });
  await card.getByLabel('Who at that organisation writes it').selectOption({ label: 'Me (Gail Lead)' });
  await card.getByLabel('Who approves it').selectOption({ label: 'Me (Gail Lead)' });
  await card.getByLabel('Due date (optional)').fill('2026-01-31');
  await card.getByRole('button', { name: /^Save/ }).click();
  await expect(card.getByTestId('overdue')).toBeVisible();
  await expect(card).toContainText('Written byGranton Community Care: you (Gail Lead)');
  await expect(page.getByTestId('progress-by-organisation')).toContainText('Granton Community Care 1');
  await checkScreen(page, 'bid overview with the assignment form open', 'workspace-01b-assign');
  const assigned = (await apiAs(lead, 'GET', `/bids/${bid}/sections`)).json.items.find((s) => s.section === 'response-0');
  expect(assigned).toMatchObject({ owner_organisation_id: ws.organisations.granton.id, owner_user_id: lead.id, approver_user_id: lead.id, due_date: '2026-01-31', overdue: true });

  // The next question goes to a named person of the partner: writers are offered
  // from the chosen organisation only, by name (the bid's people, from the API).
  const next = page.getByTestId('section-response-1');
  await next.getByText('Change who does this').click();
  await next.getByLabel('Which organisation writes it').selectOption({ label: 'Muirhouse Link Up' });
  const writers = next.getByLabel('Who at that organisation writes it');
  await expect(writers.locator('option')).toHaveText(['Anyone at the organisation', 'Morgan Muirhouse', 'Pat Partner']);
  await writers.selectOption({ label: 'Pat Partner' });
  await next.getByRole('button', { name: /^Save/ }).click();
  await expect(next).toContainText('Written byMuirhouse Link Up: Pat Partner');
  const handed = (await apiAs(lead, 'GET', `/bids/${bid}/sections`)).json.items.find((s) => s.section === 'response-1');
  expect(handed).toMatchObject({ owner_organisation_id: ws.organisations.muirhouse.id, owner_user_id: ws.users.partner.id });

  // Write it: a live word count, then saved.
  await card.getByRole('link', { name: 'Knowing the community' }).click();
  await expect(heading(page)).toHaveText('Knowing the community');
  await expect(page.getByText('Tell us which local groups you work with')).toBeVisible();
  const text = 'We work with the Granton food bank, the library and the youth club. People find us at the Saturday market.';
  await page.getByLabel('Your answer').fill(text);
  await expect(page.getByTestId('section-text-count')).toHaveText('20 words (up to 300)');
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);
  expect((await apiAs(lead, 'GET', `/bids/${bid}`)).json.draft.responses['0']).toBe(text);
  await checkScreen(page, 'section', 'workspace-02-section');

  // Review: ready for review, then approved by the approver (the lead herself).
  await page.getByRole('button', { name: 'Mark as ready for review' }).click();
  await expect(page.getByTestId('review-steps')).toContainText('Ready for review');
  await page.getByRole('button', { name: 'Approve this section' }).click();
  await expect(page.getByTestId('review-steps')).toContainText('Approved');
  const approved = (await apiAs(lead, 'GET', `/bids/${bid}/sections`)).json.items.find((s) => s.section === 'response-0');
  expect(approved.status).toBe('approved');

  // The next section opens with its own words, not the last one's.
  await page.getByRole('link', { name: 'Next section: Working together' }).click();
  await expect(heading(page)).toHaveText('Working together');
  await expect(page.getByLabel('Your answer')).toHaveValue(/^Granton leads and holds the contract/);
  expect((await apiAs(lead, 'GET', `/bids/${bid}`)).json.draft.responses['0']).toBe(text);

  // The required document: uploaded from the section, listed, and downloadable.
  await page.getByRole('link', { name: 'Back to the bid' }).click();
  await page.getByTestId('blocking').getByRole('link', { name: 'Upload the document “Safeguarding policy”' }).click();
  await expect(heading(page)).toHaveText('Safeguarding policy');
  await expect(page.getByText('Your current policy, signed by your board.')).toBeVisible();
  // A wrong file first, removed again.
  await page.getByLabel('Upload a file').setInputFiles({ name: 'old-policy.txt', mimeType: 'text/plain', buffer: Buffer.from('Our policy from 2019.') });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByTestId('document')).toContainText(/old-policy.txt .*Only your organisation and the evaluators see it\./);
  expect((await apiAs(lead, 'GET', `/bids/${bid}/documents`)).json.items.map((d) => d.visibility)).toEqual(['evaluators_only']);
  expect((await apiAs(ws.users.partner, 'GET', `/bids/${bid}/documents`)).json.items).toEqual([]); // not shared unless chosen
  await page.getByRole('button', { name: 'Remove old-policy.txt' }).click();
  await expect(page.getByTestId('document')).toHaveCount(0);
  expect((await apiAs(lead, 'GET', `/bids/${bid}/documents`)).json.items).toEqual([]);
  await page.locator('label[for="visibility-consortium"]').click();
  await expect(page.getByRole('radio', { name: 'Everyone in the partnership' })).toBeChecked();
  await page.getByLabel('Upload a file').setInputFiles({ name: 'safeguarding.txt', mimeType: 'text/plain', buffer: Buffer.from('Our safeguarding policy, signed by the board in 2026.') });
  await page.getByRole('button', { name: 'Upload', exact: true }).click();
  await expect(page.getByTestId('document')).toContainText('safeguarding.txt');
  const documents = (await apiAs(lead, 'GET', `/bids/${bid}/documents`)).json.items;
  expect(documents.map((d) => [d.filename, d.requirement, d.visibility])).toEqual([['safeguarding.txt', 0, 'consortium']]);
  expect((await apiAs(ws.users.partner, 'GET', `/bids/${bid}/documents`)).json.items.map((d) => d.filename)).toEqual(['safeguarding.txt']);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download safeguarding.txt' }).click();
  expect((await downloading).suggestedFilename()).toBe('safeguarding.txt');
  await checkScreen(page, 'required document', 'workspace-03-document');

  // Sign off: the lead signs, asks the partner, and the partner signs (through the API).
  await page.goto(`${bidUrl('journey')}/sign-off`);
  await expect(heading(page)).toHaveText('Sign off the bid');
  const digest = (await apiAs(lead, 'GET', `/bids/${bid}/sign-offs`)).json.draft_sha256;
  await expect(page.getByTestId('draft-hash')).toHaveText(digest);
  // What each fingerprint covers, and why the receipt's will differ.
  await expect(page.getByTestId('fingerprints')).toContainText('The sign-off fingerprint is of the bid as it is now');
  await expect(page.getByTestId('fingerprints')).toContainText(
    'So the receipt’s fingerprint is never the same as the sign-off fingerprint, even when not one word changed.');

  // Before signing: the whole bid on one page, to read and print.
  await page.getByTestId('read-whole-bid').click();
  await expect(heading(page)).toHaveText('The whole bid');
  await expect(page.getByTestId('preview-response-0')).toContainText(text);
  await expect(page.getByTestId('preview-response-1')).toContainText('Granton leads and holds the contract.');
  await expect(page.getByTestId('preview-declaration-0')).toContainText('Employer’s liability cover£5,000,000');
  await expect(page.getByTestId('preview-declaration-1')).toContainText('The lowest hourly rate paid£14 an hour');
  await expect(page.getByTestId('preview-declaration-2')).toContainText('Does any ground for exclusion apply?No');
  await expect(page.getByTestId('preview-document-0')).toContainText('safeguarding.txt');
  await expect(page.getByTestId('preview-members').getByRole('listitem')).toHaveText([
    'Granton Community Care: Lead, 60% of the work', 'Muirhouse Link Up: Partner, 40% of the work',
  ]);
  await expect(page.getByTestId('preview-hash')).toHaveText(digest);
  await expect(page.getByTestId('fingerprints')).toBeVisible();
  await checkScreen(page, 'the whole bid', 'workspace-03b-whole-bid');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
  await expect(page.getByTestId('preview-response-0')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Sign off the bid', exact: true }).click();
  await expect(heading(page)).toHaveText('Sign off the bid');
  await page.getByRole('button', { name: 'Sign off the bid for Granton Community Care' }).click();
  await expect(page.getByTestId(`sign-off-${ws.organisations.granton.id}`)).toContainText('Signed by Gail Lead');
  await page.getByRole('button', { name: 'Ask them to sign off' }).click();
  await expect(page.getByTestId('asked')).toHaveText('Asked: Muirhouse Link Up.');
  await checkScreen(page, 'sign-off', 'workspace-04-sign-off');
  expect((await apiAs(ws.users.partner, 'POST', `/bids/${bid}/sign-offs`, { draft_sha256: digest })).status).toBe(200);

  // Submit: nothing left on the checklist; the receipt carries the time and the hash.
  await page.getByRole('link', { name: 'Back to the bid' }).click();
  await expect(page.getByTestId('blocking')).toContainText('Nothing. Every section is complete');
  await page.getByRole('link', { name: 'Go to submit the bid' }).click();
  await expect(heading(page)).toHaveText('Submit your bid');
  await expect(page.getByTestId('checklist')).toContainText('Everything is done');
  await checkScreen(page, 'submit', 'workspace-05-submit');
  // Sending needs the declaration ticked: without it, the Design System's error, and nothing is sent.
  await page.getByRole('button', { name: 'Submit the bid' }).click();
  const problem = page.getByTestId('declaration-problem');
  await expect(problem).toBeFocused();
  const missing = 'Tick the declaration to confirm the bid is complete and accurate and that you may send it';
  await expect(problem).toContainText(missing);
  await expect(page.locator('#confirm-declaration-error')).toHaveText(missing);
  await expect(page.locator('#confirm-declaration')).toHaveAttribute('aria-invalid', 'true');
  expect((await apiAs(lead, 'GET', `/bids/${bid}/submissions`)).json.items).toEqual([]);
  await checkScreen(page, 'submit without the declaration', 'workspace-05b-submit-declaration');
  await problem.getByRole('link', { name: missing }).click();
  await expect(page.locator('#confirm-declaration')).toBeFocused();
  await page.locator('label[for="confirm-declaration"]').click();
  await expect(page.getByRole('checkbox', {
    name: 'I confirm that this bid is complete and accurate, and that I am authorised to send it on behalf of the partnership.',
  })).toBeChecked();
  await expect(problem).toHaveCount(0);
  await page.getByRole('button', { name: 'Submit the bid' }).click();
  await expect(page.getByRole('heading', { name: 'Your bid has been submitted' })).toBeVisible();
  const receipts = (await apiAs(lead, 'GET', `/bids/${bid}/submissions`)).json.items;
  expect(receipts).toHaveLength(1);
  await expect(page.getByTestId('receipt').first().getByTestId('receipt-hash')).toHaveText(receipts[0].sha256);
  // The service recorded the words confirmed; the receipt names the draft signed off,
  // whose fingerprint is not the receipt's, and the page says why.
  expect(receipts[0].declaration).toBe(
    'I confirm that this bid is complete and accurate, and that I am authorised to send it on behalf of the partnership.');
  expect(receipts[0].signed_draft_sha256).toBe(digest);
  expect(receipts[0].sha256).not.toBe(digest);
  await expect(page.getByTestId('fingerprints')).toContainText('A receipt’s fingerprint is of what was sent');
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download this receipt (stage 1, submission 1)' }).first().click();
  const receiptFile = await saving;
  expect(receiptFile.suggestedFilename()).toBe('receipt-stage1-v1.txt');
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(await receiptFile.path(), 'utf8')).toContain(`SHA-256 of the submitted content: ${receipts[0].sha256}`);
  await checkScreen(page, 'receipt', 'workspace-06-receipt');

  // The history says which version went into the submission.
  await page.goto(`${bidUrl('journey')}/sections/response-0/history`);
  await expect(page.getByTestId('version-1')).toContainText('Submitted in stage 1 (submission 1)');
});
