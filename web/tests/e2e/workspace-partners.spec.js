// Partners in one bid: each writes its own sections and is told plainly why it
// cannot change another's; two partners write at the same time in two browsers
// and both saves stand, each seeing the other; writing a section by keyboard
// alone; only authorised signatories sign.
import { test, expect, signIn, apiAs, heading } from './fixtures.js';
import { ws, bidUrl, sectionUrl, checkScreen, tabTo, apiWith } from './workspace-helpers.js';

// These four files write the same seeded bid (`shared`) and check its exact words and
// versions: the lock keeps them from running at the same time as each other.
test.describe.configure({ lock: 'workspace-shared-bid' });

const sectionOf = async (user, bid, key) => (await apiAs(user, 'GET', `/bids/${bid}/sections`)).json.items.find((s) => s.section === key);

test('a partner edits its own section and is refused another organisation’s', async ({ page }) => {
  const partner = ws.users.partner;
  await signIn(page, partner);
  await page.goto(sectionUrl('shared', 'response-0'));
  await expect(heading(page)).toHaveText('Knowing the community');
  const text = 'Young people at Muirhouse tell us where they meet: the skate park, the library and the community centre.';
  await page.getByLabel('Your answer').fill(text);
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);
  expect((await apiAs(partner, 'GET', `/bids/${ws.bids.shared}`)).json.draft.responses['0']).toBe(text);

  await page.goto(sectionUrl('shared', 'response-1'));
  await expect(heading(page)).toHaveText('Working together');
  await expect(page.getByTestId('read-only')).toContainText(
    'You can read this section but not change it. This section belongs to another organisation in your partnership, so only they and the lead can change it.');
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mark as ready for review' })).toHaveCount(0);
  await checkScreen(page, 'read-only section', 'workspace-07-read-only');
  // The service refuses too, whatever the page shows.
  const version = (await sectionOf(partner, ws.bids.shared, 'response-1')).versions;
  const refused = await apiWith(partner, 'PUT', `/bids/${ws.bids.shared}/sections/response-1/content`, { content: 'Not ours' },
    { 'If-Match': `"${version}"` });
  expect(refused.status).toBe(403);
  expect(refused.json.type).toBe('urn:collabtender:problem:not-section-owner');
  expect((await sectionOf(partner, ws.bids.shared, 'response-1')).versions).toBe(version);
});

test('a section’s writer hands it on to a colleague at the same organisation, and nothing else', async ({ page }) => {
  const { lead, partner, colleague } = ws.users;
  const path = `/bids/${ws.bids.shared}/sections/declaration-2/assignment`;
  const given = { owner_organisation_id: ws.organisations.muirhouse.id, owner_user_id: partner.id, approver_user_id: lead.id, due_date: null };
  expect((await apiWith(lead, 'PUT', path, given)).status).toBe(200);
  await signIn(page, partner);
  await page.goto(bidUrl('shared'));
  const card = page.getByTestId('section-declaration-2');
  await expect(card.getByText('Change who does this')).toHaveCount(0);  // the lead's to decide
  await card.getByText('Hand this on to a colleague').click();
  const who = card.getByLabel('Who at your organisation writes it');
  await expect(who.locator('option')).toHaveText(['Anyone at your organisation', 'Morgan Muirhouse', 'Me (Pat Partner)']);
  await who.selectOption({ label: 'Morgan Muirhouse' });
  await card.getByRole('button', { name: /^Save/ }).click();
  await expect(card).toContainText('Written byMuirhouse Link Up: Morgan Muirhouse');
  await checkScreen(page, 'bid overview with the hand-on form', 'workspace-12-hand-on');
  expect(await sectionOf(partner, ws.bids.shared, 'declaration-2')).toMatchObject(
    { owner_organisation_id: ws.organisations.muirhouse.id, owner_user_id: colleague.id, approver_user_id: lead.id });
  // Handing on moves the writer only: a partner cannot change the approver (the service refuses).
  expect((await apiWith(partner, 'PUT', path, { ...given, owner_user_id: colleague.id, approver_user_id: partner.id })).status).toBe(403);
  expect((await apiWith(lead, 'PUT', path, { owner_organisation_id: null, owner_user_id: null, approver_user_id: null, due_date: null })).status).toBe(200);
});

test('two partners write different sections of one bid at the same time, and each sees the other', async ({ browser }) => {
  const lead = ws.users.lead;
  const partner = ws.users.partner;
  const leadContext = await browser.newContext();
  const partnerContext = await browser.newContext();
  const leadPage = await leadContext.newPage();
  const partnerPage = await partnerContext.newPage();
  await Promise.all([signIn(leadPage, lead), signIn(partnerPage, partner)]);
  await Promise.all([leadPage.goto(sectionUrl('shared', 'response-1')), partnerPage.goto(sectionUrl('shared', 'response-0'))]);
  await expect(heading(leadPage)).toHaveText('Working together');
  await expect(heading(partnerPage)).toHaveText('Knowing the community');

  const leadText = 'Granton holds the contract and chairs the monthly partnership meeting. Muirhouse leads the youth work.';
  const partnerText = 'We know the youth groups of Muirhouse and Pennywell by name, and they know us.';
  await leadPage.getByLabel('Your answer').clear();
  await partnerPage.getByLabel('Your answer').clear();
  await Promise.all([
    leadPage.getByLabel('Your answer').pressSequentially(leadText, { delay: 5 }),
    partnerPage.getByLabel('Your answer').pressSequentially(partnerText, { delay: 5 }),
  ]);
  await Promise.all([
    expect(leadPage.getByTestId('save-status')).toHaveText(/Saved at/),
    expect(partnerPage.getByTestId('save-status')).toHaveText(/Saved at/),
  ]);
  const draft = (await apiAs(lead, 'GET', `/bids/${ws.bids.shared}`)).json.draft;
  expect(draft.responses['1']).toBe(leadText);
  expect(draft.responses['0']).toBe(partnerText);

  // Each sees the other at work, by name, organisation and section.
  await expect(leadPage.getByTestId('presence')).toContainText('Pat Partner (Muirhouse Link Up) is editing “Knowing the community”');
  await expect(partnerPage.getByTestId('presence')).toContainText('Gail Lead (Granton Community Care) is editing “Working together”');
  await leadPage.goto(bidUrl('shared'));
  await expect(leadPage.getByTestId('presence-response-0')).toContainText('Pat Partner (editing)');
  // Leaving the section says so at once (DELETE …/presence), not a minute later.
  await partnerPage.getByRole('link', { name: 'Back to the bid' }).click();
  await expect(heading(partnerPage)).toHaveText('Granton and Muirhouse Together');
  await expect(leadPage.getByTestId('presence-response-0')).toHaveCount(0);
  const present = (await apiAs(lead, 'GET', `/bids/${ws.bids.shared}/presence`)).json.items;
  expect(present.filter((p) => p.user_id === partner.id && p.section === 'response-0')).toEqual([]);
  // So does closing the tab on a section.
  await partnerPage.getByTestId('section-response-0').getByRole('link', { name: 'Knowing the community' }).click();
  await expect(leadPage.getByTestId('presence-response-0')).toContainText('Pat Partner (reading)');
  await partnerPage.close();
  await expect(leadPage.getByTestId('presence-response-0')).toHaveCount(0);
  await leadContext.close();
  await partnerContext.close();
});

test('a partner writes a section and sends it for review with the keyboard alone', async ({ page }) => {
  const partner = ws.users.partner;
  await signIn(page, partner);
  await page.goto(bidUrl('shared'));
  await expect(heading(page)).toHaveText('Granton and Muirhouse Together');
  const link = page.getByTestId('section-response-0').getByRole('link', { name: 'Knowing the community' });
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Knowing the community');
  await expect(heading(page)).toBeFocused();
  const box = page.getByLabel('Your answer');
  await tabTo(page, box);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Written with the keyboard: we meet young people where they already are.');
  await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);
  const ready = page.getByRole('button', { name: 'Mark as ready for review' });
  await tabTo(page, ready);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('review-steps')).toContainText('Ready for review');
  const section = await sectionOf(partner, ws.bids.shared, 'response-0');
  expect(section.status).toBe('ready_for_review');
  expect((await apiAs(partner, 'GET', `/bids/${ws.bids.shared}`)).json.draft.responses['0']).toBe(
    'Written with the keyboard: we meet young people where they already are.');
});

test('only an authorised signatory signs off; others are told why not', async ({ page }) => {
  await signIn(page, ws.users.clerk);
  await page.goto(`${bidUrl('shared')}/sign-off`);
  await expect(heading(page)).toHaveText('Sign off the bid');
  await expect(page.getByTestId('not-signatory')).toContainText('you are not one of Granton Community Care’s authorised signatories');
  await expect(page.getByRole('button', { name: /^Sign off the bid for/ })).toHaveCount(0);
  const signOffs = (await apiAs(ws.users.clerk, 'GET', `/bids/${ws.bids.shared}/sign-offs`)).json;
  expect(signOffs.items.every((s) => !s.signed)).toBe(true);
  const refused = await apiAs(ws.users.clerk, 'POST', `/bids/${ws.bids.shared}/sign-offs`, { draft_sha256: signOffs.draft_sha256 });
  expect(refused.json.type).toBe('urn:collabtender:problem:not-authorised-signatory');
});

test('a change after signing voids the sign-off, and the page says who must sign again', async ({ page }) => {
  const lead = ws.users.lead;
  const bid = ws.bids.shared;
  const digest = (await apiAs(lead, 'GET', `/bids/${bid}/sign-offs`)).json.draft_sha256;
  expect((await apiAs(lead, 'POST', `/bids/${bid}/sign-offs`, { draft_sha256: digest })).status).toBe(200);
  const history = (await apiAs(lead, 'GET', `/bids/${bid}/sections/response-0/history`)).json.items;
  expect((await apiWith(ws.users.partner, 'PUT', `/bids/${bid}/sections/response-0/content`,
    { content: 'A change after Granton signed.' }, { 'If-Match': `"${history[0]?.version ?? 0}"` })).status).toBe(200);
  await signIn(page, lead);
  await page.goto(`${bidUrl('shared')}/sign-off`);
  await expect(page.getByTestId(`sign-off-${ws.organisations.granton.id}`)).toContainText('Must sign again');
  await expect(page.getByTestId(`sign-off-${ws.organisations.granton.id}`)).toContainText('the bid has changed since');
  const granton = (await apiAs(lead, 'GET', `/bids/${bid}/sign-offs`)).json.items.find((s) => s.organisation_id === ws.organisations.granton.id);
  expect(granton).toMatchObject({ signed: false, void: true });
  await page.goto(bidUrl('shared'));
  await expect(page.getByTestId('blocking')).toContainText('Granton Community Care must sign off the bid as it is now (it signed an earlier version)');
});

test('the approver asks for changes with a reason, and the writer sees it', async ({ page }) => {
  const lead = ws.users.lead;
  const partner = ws.users.partner;
  const bid = ws.bids.shared;
  let section = await sectionOf(partner, bid, 'response-0');
  if (section.status !== 'ready_for_review') {
    expect((await apiWith(partner, 'PUT', `/bids/${bid}/sections/response-0/content`, { content: 'Ready to be read.' },
      { 'If-Match': `"${section.versions}"` })).status).toBe(200);
    expect((await apiAs(partner, 'POST', `/bids/${bid}/sections/response-0/status`, { status: 'ready_for_review' })).status).toBe(200);
  }
  await signIn(page, lead);
  await page.goto(sectionUrl('shared', 'response-0'));
  await expect(page.getByTestId('review-steps')).toContainText('Ready for review');
  await page.getByRole('button', { name: 'Ask for changes' }).click();
  await page.getByRole('button', { name: 'Send the request for changes' }).click();
  await expect(page.getByTestId('review-steps').getByRole('alert')).toHaveText('Say what needs to change, so the writer knows.');
  await page.getByLabel('What needs to change?').fill('Name the youth clubs in Pennywell.');
  await page.getByRole('button', { name: 'Send the request for changes' }).click();
  await expect(page.getByTestId('review-steps')).toContainText('Changes asked for: Name the youth clubs in Pennywell.');
  section = await sectionOf(partner, bid, 'response-0');
  expect(section).toMatchObject({ status: 'changes_requested', changes_reason: 'Name the youth clubs in Pennywell.' });
  await page.goto(bidUrl('shared'));
  await expect(page.getByTestId('section-response-0')).toContainText('Changes asked for: Name the youth clubs in Pennywell.');
});
