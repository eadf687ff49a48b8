// After bids are in, the tender changes (issue 10): a published answer that changes
// the tender documents puts bids already sent into "reconfirmation required". The
// partnership's lead confirms the bid still stands (from the notification's page,
// with an "are you sure?"); a partner is told only the lead can; a bid whose lot
// was cancelled says so, with the reason, and offers nothing to change or send;
// the commissioner publishes such an answer, is told beforehand how many bids it
// would affect (the reconfirmation preview), and the count published matches.
// Every screen: axe in both reading modes, 320 px; the API is the second witness.
import { test, expect, scenario, signIn, apiAs, heading, checkScreen } from './fixtures.js';
import { officer, tenderUrl, tabTo, focusedText } from './commissioner-support.js';

test.describe.configure({ timeout: 120000 });

const seeded = scenario.changes;
const tender = seeded.portobello;
const { portobello: lead, joppa: partner, restalrig } = seeded.users;
const { reconfirm, cancelled } = tender.bids;
const bid = async (who, id) => (await apiAs(who, 'GET', `/bids/${id}`)).json;

test('a partner sees the bid must be reconfirmed, and that only the lead can confirm it', async ({ page }) => {
  expect((await bid(partner, reconfirm.id)).status).toBe('reconfirmation_required');
  await signIn(page, partner);
  await page.goto(`/bids/${reconfirm.id}`);
  await expect(heading(page)).toHaveText(tender.consortium.name);
  const notice = page.getByTestId('reconfirm-notice');
  await expect(notice.getByRole('heading', { name: 'The tender has changed: confirm this bid or send it again' })).toBeVisible();
  await expect(notice.getByTestId('reconfirm-deadline')).toContainText('your partnership must do one of these two things, or the bid will not be evaluated');
  await expect(notice).toContainText('Confirm the bid still stands.');
  await expect(notice).toContainText('Change the bid and send it again.');
  await expect(notice.getByTestId('lead-confirms')).toContainText(`Only the lead organisation, ${seeded.organisations.portobello.name}, can confirm the bid.`);
  await expect(notice.getByRole('button', { name: /Confirm our bid still stands/ })).toHaveCount(0);
  await checkScreen(page, 'bid to reconfirm (partner)', '110-reconfirm-partner');
  // The service agrees: a partner cannot confirm.
  expect((await apiAs(partner, 'POST', `/bids/${reconfirm.id}/reconfirmation`)).status).toBe(403);

  // "What changed" leads to the very answer that changed the tender, marked as such.
  const changedBy = (await bid(partner, reconfirm.id)).reconfirmations[0].clarification_id;
  await notice.getByRole('link', { name: 'Read the answer that changed the tender' }).click();
  await expect(heading(page)).toHaveText(tender.title);
  const answer = page.locator(`#clarification-${changedBy}`);
  await expect(answer).toBeFocused();
  await expect(answer).toContainText('Please say how you will do this.');
  await expect(answer.getByTestId('changed-tender')).toContainText('This answer changed the tender.');
});

test('the lead follows the notification and confirms the bid still stands, by keyboard', async ({ page }) => {
  const inbox = (await apiAs(lead, 'GET', '/notifications')).json.items;
  const told = inbox.find((n) => n.kind === 'reconfirmation_required');
  expect(told.link).toBe(`/bids/${reconfirm.id}/submit`);

  await signIn(page, lead);
  // Your work: both bids that need attention, each in words.
  await page.goto('/work');
  await expect(heading(page)).toHaveText('Your work');
  const attention = page.getByTestId('attention');
  await expect(attention.getByRole('heading', { name: 'Bids that need your attention' })).toBeVisible();
  await expect(attention.getByTestId(`attention-${reconfirm.id}`).getByRole('button', { name: /Confirm our bid still stands/ })).toBeVisible();
  await expect(attention.getByTestId(`attention-${cancelled.id}`)).toContainText(tender.cancelReason);
  await expect(page.getByTestId(`bid-${reconfirm.id}`)).toContainText('The tender changed: confirm the bid or send it again');
  await checkScreen(page, 'your work with bids to act on', '111-work-attention');

  // The notification's own page: the submit page, with the notice first.
  await page.goto(told.link);
  await expect(heading(page)).toHaveText('Submit your bid');
  const notice = page.getByTestId('reconfirm-notice');
  await expect(notice).toContainText('The tender has changed');
  await checkScreen(page, 'bid to reconfirm (lead)', '112-reconfirm-lead');

  // Asked first; "No, go back" changes nothing.
  await tabTo(page, focusedText('Confirm our bid still stands for lot 1: ' + tender.lots[0].title));
  await page.keyboard.press('Enter');
  await expect(notice.getByRole('button', { name: 'Yes, confirm our bid still stands' })).toBeFocused();
  await expect(notice).toContainText('Are you sure the bid still stands as it is?');
  await checkScreen(page, 'reconfirm: are you sure', null);
  await notice.getByRole('button', { name: 'Yes, confirm our bid still stands' }).focus(); // the check pressed "Easy read"
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(notice.getByRole('button', { name: /Confirm our bid still stands/ })).toBeFocused();
  expect((await bid(lead, reconfirm.id)).status).toBe('reconfirmation_required');

  await page.keyboard.press('Enter');
  await notice.getByRole('button', { name: 'Yes, confirm our bid still stands' }).press('Enter');
  const done = page.getByTestId('reconfirmed');
  await expect(done).toContainText('Your bid is confirmed: it still stands');
  await expect(done).toContainText('Confirmed on');
  await expect(done.getByRole('heading')).toBeFocused();
  await checkScreen(page, 'bid reconfirmed', '113-reconfirmed');

  const after = await bid(lead, reconfirm.id);
  expect(after.status).toBe('submitted');
  expect(after.reconfirmations[0]).toMatchObject({ resolution: 'confirmed', stage: 1 });
  // A reload still says so, from the service.
  await page.reload();
  await expect(page.getByTestId('reconfirmed')).toContainText('Confirmed on');
  // ...and names who confirmed (reconfirmations[].resolved_by).
  expect(after.reconfirmations[0].resolved_by.display_name).toBeTruthy();
  await expect(page.getByTestId('reconfirmed')).toContainText(` by ${after.reconfirmations[0].resolved_by.display_name}.`);
  await expect(page.getByTestId('reconfirm-notice')).toHaveCount(0);
  // The partner sees it confirmed too.
  expect((await bid(partner, reconfirm.id)).status).toBe('submitted');
});

test('a bid whose lot was cancelled says so, with the reason, and offers nothing to change or send', async ({ page }) => {
  const inbox = (await apiAs(lead, 'GET', '/notifications')).json.items;
  expect(inbox.find((n) => n.kind === 'lot_cancelled').link).toBe(`/bids/${cancelled.id}`);
  await signIn(page, lead);
  await page.goto(`/bids/${cancelled.id}`);
  await expect(heading(page)).toHaveText(tender.consortium.name);
  const notice = page.getByTestId('lot-cancelled-notice');
  await expect(notice.getByRole('heading', { name: `The commissioner has cancelled lot 3: ${tender.lots[2].title}` })).toBeVisible();
  await expect(notice.getByTestId('lot-cancelled-reason')).toContainText(tender.cancelReason);
  await expect(page.getByTestId('blocking')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Check and submit the bid' })).toHaveCount(0);
  await expect(page.getByText('Change who does this')).toHaveCount(0);
  await checkScreen(page, 'bid for a cancelled lot', '114-lot-cancelled-bid');

  await page.goto(`/bids/${cancelled.id}/submit`);
  await expect(page.getByTestId('lot-cancelled-notice')).toBeVisible();
  await expect(page.getByRole('button', { name: /Submit the bid/ })).toHaveCount(0);

  // The tender's page shows the lot as cancelled; no interest can be registered in it.
  await page.goto(`/opportunities/${tender.id}`);
  await expect(page.getByTestId('lot-3-cancelled')).toContainText(tender.cancelReason);
  await expect(page.getByRole('button', { name: 'Register interest in lot 3' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Register interest in lot 2' })).toBeVisible();
  await checkScreen(page, 'tender with a cancelled lot', '115-opportunity-lot-cancelled');
  expect((await bid(lead, cancelled.id)).lot_cancellation.reason).toBe(tender.cancelReason);
});

test('the commissioner sees how many bids an answer that changes the tender documents would affect, then publishes it', async ({ page }) => {
  expect((await bid(restalrig, tender.bids.restalrig.id)).status).toBe('submitted');
  await signIn(page, officer);
  await page.goto(tenderUrl(tender, 'clarifications'));
  await expect(heading(page)).toHaveText('Clarification questions');
  const card = page.getByTestId(`question-${tender.question}`);
  await expect(page.getByTestId('changes-documents')).toContainText('Changes the tender documents');
  await card.getByLabel('Your answer').fill('Yes, from 7 in the morning. Please say how your rota covers early visits.');
  const changes = card.getByLabel('This answer changes what bidders must answer (the tender documents)');
  // The Design System draws the box over the real, transparent input: click its label, as a person does.
  await card.locator(`label[for="q-${tender.question}-changes-documents"]`).click();
  await expect(changes).toBeChecked();
  await expect(card.locator(`#q-${tender.question}-changes-documents-hint`)).toContainText('must then be confirmed again by their partnerships');
  // Before publishing, the service's dry run: how many bids already sent this would send back, and by when.
  const previewPath = `/tenders/${tender.id}/clarifications/${tender.question}/reconfirmation-preview`;
  const preview = (await apiAs(officer, 'GET', `${previewPath}?changes_tender_documents=true`)).json;
  expect(preview).toMatchObject({ stage: 1, bids: 1, refusal: null, lots: [{ number: 2, bids: 1 }] });
  const previewed = card.getByTestId('reconfirm-preview');
  await expect(previewed).toContainText(
    '1 bid already sent for lot 2 would need to be confirmed again by its partnership before the stage 1 deadline of');
  await expect(page.getByTestId('announcer')).toContainText('1 bid already sent for lot 2 would need to be confirmed again');
  await checkScreen(page, 'answer that changes the documents', '116-answer-changes-documents');

  // Correcting lot 1 as well: the count follows the form, as the service counts it.
  await card.locator(`label[for="q-${tender.question}-correct"]`).click();
  await card.getByLabel('Lot to correct').selectOption({ label: `Lot 1: ${tender.lots[0].title}` });
  const both = (await apiAs(officer, 'GET', `${previewPath}?changes_tender_documents=true&lot_correction_lot_id=${tender.lots[0].id}`)).json;
  expect(both.lots.map((l) => l.number)).toEqual([1, 2]);
  const perLot = both.lots.filter((l) => l.bids > 0);
  await expect(previewed).toContainText(`${both.bids} ${both.bids === 1 ? 'bid' : 'bids'} already sent`);
  if (perLot.length > 1) await expect(previewed).toContainText(`(${perLot.map((l) => `Lot ${l.number}: ${l.bids}`).join(', ')})`);
  // Taken back: only lot 2 again.
  await card.locator(`label[for="q-${tender.question}-correct"]`).click();
  await expect(previewed).toContainText('1 bid already sent for lot 2 would need to be confirmed again');

  await card.getByRole('button', { name: 'Answer and publish' }).click();
  const outcome = page.getByTestId('published-outcome');
  // What publishing reports matches the count shown before.
  await expect(outcome).toContainText(`${preview.bids} bid already sent must now be reconfirmed by its partnership before the deadline.`);
  await expect(page.getByTestId(`question-${tender.question}`).getByTestId('changes-documents')).toBeVisible();
  await checkScreen(page, 'answer published, bids to reconfirm', '117-answer-published-count');

  const after = await bid(restalrig, tender.bids.restalrig.id);
  expect(after.status).toBe('reconfirmation_required');
  const published = (await apiAs(officer, 'GET', `/tenders/${tender.id}/clarifications`)).json.items.find((q) => q.id === tender.question);
  expect(published).toMatchObject({ published: true, changes_tender_documents: true });
});

// "Lunch clubs": stage 1 still open but past its deadline, a bid sent for lot 1 and none for lot 2.
const lunchClubs = seeded.lunchClubs;

test('before publishing, the commissioner is told when no bid would need confirming again', async ({ page }) => {
  const question = lunchClubs.questions.none;
  const preview = (await apiAs(officer, 'GET',
    `/tenders/${lunchClubs.id}/clarifications/${question}/reconfirmation-preview?changes_tender_documents=true`)).json;
  expect(preview).toMatchObject({ stage: 1, bids: 0, refusal: null, lots: [{ number: 2, bids: 0 }] });
  await signIn(page, officer);
  await page.goto(tenderUrl(lunchClubs, 'clarifications'));
  await expect(heading(page)).toHaveText('Clarification questions');
  const card = page.getByTestId(`question-${question}`);
  await card.getByLabel('Your answer').fill('Yes, if the club meets on at least one weekday too. Please say how you would do this.');
  await card.locator(`label[for="q-${question}-changes-documents"]`).click();
  const previewed = card.getByTestId('reconfirm-preview');
  await expect(previewed).toHaveText('No bids have been sent yet for lot 2, so none needs confirming again.');
  await expect(page.getByTestId('announcer')).toContainText('No bids have been sent yet for lot 2');
  await checkScreen(page, 'answer that changes the documents, no bids sent', '118-answer-no-bids');

  // Published: nothing to confirm again, as the preview said.
  await card.getByRole('button', { name: 'Answer and publish' }).click();
  await expect(page.getByTestId('published-outcome'))
    .toContainText('No bids had been sent for it yet, so no partnership needs to confirm a bid again.');
  const published = (await apiAs(officer, 'GET', `/tenders/${lunchClubs.id}/clarifications`)).json.items.find((q) => q.id === question);
  expect(published).toMatchObject({ published: true, changes_tender_documents: true });
});

test('after the deadline, the commissioner is told publishing would be refused, and it is', async ({ page }) => {
  const question = lunchClubs.questions.sent;
  const preview = (await apiAs(officer, 'GET',
    `/tenders/${lunchClubs.id}/clarifications/${question}/reconfirmation-preview?changes_tender_documents=true`)).json;
  expect(preview).toMatchObject({ stage: 1, bids: 1, refusal: { code: 'reconfirmation-too-late' }, lots: [{ number: 1, bids: 1 }] });
  expect(new Date(preview.deadline).getTime()).toBeLessThan(Date.now());
  await signIn(page, officer);
  await page.goto(tenderUrl(lunchClubs, 'clarifications'));
  await expect(heading(page)).toHaveText('Clarification questions');
  const card = page.getByTestId(`question-${question}`);
  await card.getByLabel('Your answer').fill('Yes, in the community room. Please say how people with mobility needs would get there.');
  await card.locator(`label[for="q-${question}-changes-documents"]`).click();
  const previewed = card.getByTestId('reconfirm-preview');
  await expect(previewed).toContainText(
    'You cannot publish this answer as it is now. It changes the tender for 1 bid already sent, but the stage 1 deadline has passed');
  await expect(previewed.getByRole('link', { name: 'Change the deadline on the Timetable page' }))
    .toHaveAttribute('href', tenderUrl(lunchClubs, 'timetable'));
  await expect(page.getByTestId('announcer')).toContainText('You cannot publish this answer as it is now.');
  await checkScreen(page, 'answer that cannot be published after the deadline', '119-answer-too-late');

  // Pressed anyway: the service refuses, the page says so, and nothing is published or sent back.
  await card.getByRole('button', { name: 'Answer and publish' }).click();
  await expect(card.getByRole('alert')).toContainText('Nothing was published.');
  const after = (await apiAs(officer, 'GET', `/tenders/${lunchClubs.id}/clarifications`)).json.items.find((q) => q.id === question);
  expect(after).toMatchObject({ published: false, answer: null });
  expect((await bid(seeded.users.craigentinny, lunchClubs.bid.id)).status).toBe('submitted');
});
