// A provider finds a tender, registers interest, books an information session,
// joins the partner register, forms a partnership (keyboard only) and invites a
// partner; the partner accepts in its own browser; the MoU is shared and read;
// the lead starts a bid and lands on it. Every screen: axe in normal and easy-read
// mode, no sideways scrolling at 320 px, a screenshot. The API is the second witness.
import { readFileSync } from 'node:fs';
import { test, expect, scenario, signIn, apiAs, heading, checkScreen as check } from './fixtures.js';

// provider-entry-tender.spec.js invites Citadel too, and this file checks that Citadel has
// no invitation left: the lock keeps the two from running at the same time.
test.describe.configure({ lock: 'citadel-invitations' });

const checkScreen = (page, label, shot) => check(page, label, `provider-entry-${shot}`);

const entry = scenario.providerEntry;
const grace = entry.users.granton;
const callum = entry.users.citadel;
const tender = entry.tender;
const lot1 = entry.lots[0];

// Tabs until the focused element matches, as a keyboard user would.
async function tabTo(page, check, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(check)) return;
  }
  throw new Error(`never reached by Tab: ${check}`);
}
const focusedText = (text) =>
  new Function(`const e = document.activeElement; return e !== document.body && (e?.textContent ?? '').trim().startsWith(${JSON.stringify(text)})`);
const focusedId = (id) => new Function(`return document.activeElement?.id === ${JSON.stringify(id)}`);

const consortiumOf = async (user, name) =>
  (await apiAs(user, 'GET', `/tenders/${tender.id}/consortia`)).json.items.find((c) => c.name === name);

test('a provider finds work, forms a partnership with a partner who accepts, and starts a bid', async ({ page, browser }) => {
  test.setTimeout(180000);
  await signIn(page, grace);

  // Home: the waiting invitation, no partnerships yet, the open tender and the PIN.
  await expect(page).toHaveURL(/\/work$/);
  await expect(heading(page)).toHaveText('Your work');
  await expect(page.getByTestId(`invitation-${entry.invitation.consortium}`)).toContainText('Canongate Youth');
  await expect(page.getByTestId(`invitation-${entry.invitation.consortium}`)).toContainText('20%');
  await expect(page.getByText('Your organisation is not in any partnership yet.')).toBeVisible();
  await expect(page.getByTestId(`tender-${entry.pin.id}`)).toContainText('Coming soon: early notice');
  await expect(page.getByTestId(`tender-${tender.id}`)).toContainText(/First-stage bids close.*\([45] days left\)/);
  await expect(page.getByTestId(`tender-${tender.id}`).getByTestId('lots-summary')).toHaveText('2 lots: Leith, Citywide');
  await checkScreen(page, 'provider home', '01-home');

  // The list of opportunities, then the tender. Each card names its lots, from the list
  // itself: no request for any one tender while the page loads.
  const perTender = [];
  const recordTenderRequests = (request) => {
    const path = new URL(request.url()).pathname;
    if (/^\/api\/v1\/tenders\/[^/]+/.test(path)) perTender.push(path);
  };
  page.on('request', recordTenderRequests);
  await page.getByRole('link', { name: 'See all opportunities' }).click();
  await expect(heading(page)).toHaveText('Opportunities');
  const tenderCard = page.getByTestId(`tender-${tender.id}`);
  await expect(tenderCard.getByTestId('lots-summary')).toHaveText('2 lots: Leith, Citywide');
  await expect(tenderCard.getByTestId('my-interest')).toHaveCount(0);
  await expect(page.getByTestId(`tender-${entry.pin.id}`).getByTestId('lots-summary')).toHaveText('1 lot: Citywide');
  page.off('request', recordTenderRequests);
  expect(perTender).toEqual([]);
  await checkScreen(page, 'opportunities', '02-opportunities');
  await page.getByRole('link', { name: tender.title }).click();
  await expect(heading(page)).toHaveText(tender.title);
  await expect(heading(page)).toBeFocused();
  await expect(page.getByTestId('tender-status')).toHaveText('Open for first-stage bids');
  await expect(page.getByTestId('lot-1')).toContainText('£300,000 a year');
  await expect(page.getByTestId('lot-1')).toContainText('3 years');
  await expect(page.getByText('Can a lot be delivered by a partnership of small groups?')).toBeVisible();
  await expect(page.getByText('You need employer’s liability cover of at least £5,000,000')).toBeVisible();
  await expect(page.getByText('You must pay staff on this contract at least £13.45 an hour.')).toBeVisible();
  await expect(page.locator('#criteria ~ .criteria-list').getByRole('listitem').filter({ hasText: 'Person-led support' }))
    .toContainText('worth 50%');
  await expect(page.getByTestId('lot-2')).toContainText('This lot is scored on questions of its own');
  await expect(page.getByTestId('lot-2').getByRole('listitem').filter({ hasText: 'Deaf-led support' })).toContainText('worth 60%');
  await expect(page.getByTestId('lot-1')).not.toContainText('questions of its own');

  // Interest in lot 1: registered, as the service confirms.
  const lotCard = page.getByTestId('lot-1');
  await lotCard.getByRole('button', { name: 'Register interest in lot 1' }).click();
  await expect(page.getByTestId('interest-1')).toHaveText('Your interest is registered');
  await expect(lotCard.getByRole('button', { name: 'Withdraw interest in lot 1' })).toBeFocused();
  let interests = (await apiAs(grace, 'GET', `/tenders/${tender.id}/interests`)).json.items;
  expect(interests.map((i) => i.lot_number)).toEqual([1]);
  // Withdrawn and registered again: both reach the service.
  await lotCard.getByRole('button', { name: 'Withdraw interest in lot 1' }).click();
  await expect(page.getByTestId('interest-1')).toHaveText('You have not registered interest in this lot.');
  expect((await apiAs(grace, 'GET', `/tenders/${tender.id}/interests`)).json.items).toEqual([]);
  await lotCard.getByRole('button', { name: 'Register interest in lot 1' }).click();
  await expect(page.getByTestId('interest-1')).toHaveText('Your interest is registered');
  interests = (await apiAs(grace, 'GET', `/tenders/${tender.id}/interests`)).json.items;
  expect(interests.map((i) => i.lot_id)).toEqual([lot1.id]);

  // Information sessions: book a seat; the full one puts us on the waiting list; cancel that.
  const open = page.getByTestId(`session-${entry.sessions.open}`);
  await open.getByRole('button', { name: /^Book a seat/ }).click();
  await expect(open.getByTestId('booking-state')).toHaveText('Your seat is booked');
  await expect(open.getByRole('heading', { level: 3 })).toBeFocused(); // not lost with the button
  const booked = (await apiAs(grace, 'GET', `/tenders/${tender.id}/information-sessions/${entry.sessions.open}/bookings`)).json.items;
  expect(booked.map((b) => [b.user_id, b.status])).toEqual([[grace.id, 'confirmed']]);
  const full = page.getByTestId(`session-${entry.sessions.full}`);
  await full.getByRole('button', { name: /^Join the waiting list/ }).click();
  await expect(full.getByTestId('booking-state')).toHaveText('You are number 1 on the waiting list');
  await full.getByRole('button', { name: /^Cancel my booking/ }).click();
  await expect(full.getByRole('button', { name: /^Join the waiting list/ })).toBeVisible();
  expect((await apiAs(grace, 'GET', `/tenders/${tender.id}/information-sessions/${entry.sessions.full}/bookings`)).json.items).toEqual([]);
  await checkScreen(page, 'tender', '03-tender');

  // Back on the list, the tender's card says which lot we registered interest in
  // (my_interest_lot_ids in the list); the early notice's card says nothing of it.
  await page.goto('/opportunities');
  await expect(heading(page)).toHaveText('Opportunities');
  const inList = (await apiAs(grace, 'GET', '/tenders?limit=100')).json.items.find((t) => t.id === tender.id);
  expect(inList.my_interest_lot_ids).toEqual([lot1.id]);
  await expect(tenderCard.getByTestId('my-interest')).toHaveText('You registered interest in Lot 1');
  await expect(page.getByTestId(`tender-${entry.pin.id}`).getByTestId('my-interest')).toHaveCount(0);
  await checkScreen(page, 'opportunities with interest registered', null);
  await tenderCard.getByRole('link', { name: tender.title }).click();
  await expect(heading(page)).toHaveText(tender.title);

  // The partner register: Citadel is looking for partners; we add ourselves.
  await lotCard.getByRole('link', { name: 'Find partners for lot 1' }).click();
  await expect(heading(page)).toHaveText('Find partners');
  await expect(page.getByTestId(`entry-${callum.organisation.id}`)).toContainText('Youth work and a drop-in space');
  await page.getByRole('button', { name: 'Add my organisation to the register' }).click();
  await expect(page.getByRole('alert')).toContainText('Say what your organisation offers');
  await expect(page.getByRole('alert')).toContainText('Choose at least one role you would take');
  await checkScreen(page, 'partner register with errors', '04-partners-errors');
  await page.getByLabel('What does your organisation offer?').fill('A community garden and a lunch club in Granton.');
  await page.getByLabel('Areas you work in (optional)').fill('Granton, Leith');
  await page.getByRole('checkbox', { name: 'Lead' }).check({ force: true });
  await page.getByRole('button', { name: 'Add my organisation to the register' }).click();
  await expect(page.getByTestId('my-entry')).toContainText('A community garden and a lunch club in Granton.');
  const register = (await apiAs(callum, 'GET', `/tenders/${tender.id}/lots/${lot1.id}/partner-register`)).json.items;
  const ours = register.find((e) => e.organisation_id === grace.organisation.id);
  expect(ours).toMatchObject({ roles: ['lead'], localities: ['Granton', 'Leith'], contact_email: grace.email });
  await checkScreen(page, 'partner register', '05-partners');

  // Keyboard only from here: start the partnership and invite Citadel.
  await page.goto(`/opportunities/${tender.id}`);
  await expect(heading(page)).toHaveText(tender.title);
  await tabTo(page, focusedText('Start a partnership bid'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Start a partnership bid');
  await expect(heading(page)).toBeFocused();
  await tabTo(page, focusedText('Create the partnership'));
  await page.keyboard.press('Enter'); // nothing typed yet
  await expect(page.locator('.ds_error-summary')).toBeFocused();
  await expect(page.locator('.ds_error-summary')).toContainText('Give the partnership a name');
  await page.keyboard.press('Tab'); // the summary's link to the field
  await page.keyboard.press('Enter');
  await expect(page.locator('#consortium-name')).toBeFocused();
  await checkScreen(page, 'new partnership with an error', '06-new-partnership-error');
  await tabTo(page, focusedId('consortium-name'));
  await page.keyboard.type('Granton and Leith Together');
  await page.keyboard.press('Enter');

  await expect(heading(page)).toHaveText('Granton and Leith Together');
  await expect(heading(page)).toBeFocused();
  const created = await consortiumOf(grace, 'Granton and Leith Together');
  expect(created.members.map((m) => [m.organisation_name, m.role, m.share_bp])).toEqual([['Granton Community Trust', 'lead', 10000]]);
  // A partnership of one needs no memorandum, and the page says so rather than asking who has read it.
  await expect(page.getByTestId('completeness')).toContainText('Granton Community Trust is bidding alone, so no memorandum of understanding is needed.');
  await expect(page).toHaveURL(new RegExp(`/consortia/${created.id}$`));
  // The organisations on the registers, in name order: Canongate first, then Citadel. Tab reaches
  // the chosen one, or the first when none is chosen; Space chooses it.
  const invite = async (id) => {
    await tabTo(page, focusedId(`invite-org-${id}`));
    await page.keyboard.press('Space');
    await expect(page.locator(`#invite-org-${id}`)).toBeChecked();
    await tabTo(page, focusedId('invite-share'));
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId(`member-${id}`)).toContainText('Invited');
  };
  const canongate = entry.users.canongate.organisation.id;
  await expect(page.locator(`#invite-org-${canongate}`)).toHaveAccessibleDescription('On a partner register for this tender');
  await invite(canongate);
  // Citadel is invited from the partner register, which chooses it in the form.
  await page.goto(`/opportunities/${tender.id}/lots/${lot1.id}/partners`);
  await expect(heading(page)).toHaveText('Find partners');
  await tabTo(page, focusedText('Invite Citadel Youth Centre to Granton and Leith Together'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Granton and Leith Together');
  await expect(page.locator(`#invite-org-${callum.organisation.id}`)).toBeChecked();
  await invite(callum.organisation.id);
  const invited = await consortiumOf(grace, 'Granton and Leith Together');
  expect(invited.members.map((m) => [m.organisation_id, m.status, m.role, m.share_bp])).toEqual([
    [grace.organisation.id, 'accepted', 'lead', 10000],
    [canongate, 'invited', 'partner', 4000],
    [callum.organisation.id, 'invited', 'partner', 4000],
  ]);
  // The lead takes back the invitation it sent Canongate by mistake.
  await tabTo(page, focusedText('Take back the invitation to Canongate Youth'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(`member-${canongate}`)).toHaveCount(0);
  expect((await apiAs(entry.users.canongate, 'GET', '/invitations')).json.items.map((i) => i.consortium_id)).not.toContain(created.id);

  // Found by name: more lunch clubs match than the 20 the service sends, and the page says so.
  const search = page.getByLabel('Find an organisation by name');
  const choices = page.getByTestId('invite-choices');
  await search.fill('lunch club');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByTestId('invite-search-result')).toHaveText('More than 20 organisations have “lunch club” in their '
    + 'name. The first 20 are in the list below: if the one you want is not there, type more of its name and search again.');
  await expect(choices.getByRole('radio', { name: /Lunch Club$/ })).toHaveCount(20);
  const many = (await apiAs(grace, 'GET', '/organisations?kind=provider&q=lunch%20club')).json;
  expect([many.items.length, many.more]).toEqual([20, true]);
  // Two nearly the same names, told apart by the register numbers under each.
  await search.fill('pilton lunch');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByTestId('invite-search-result')).toHaveText('Found 2: choose from the list below.');
  const { pilton, westPilton } = entry.lunchClubs;
  await expect(choices.getByRole('radio', { name: pilton.name, exact: true })).toHaveAccessibleDescription(
    `Care Inspectorate number ${pilton.care_inspectorate_number}. Charity number ${pilton.charity_number}`);
  await expect(choices.getByRole('radio', { name: westPilton.name })).toHaveAccessibleDescription(
    `Charity number ${westPilton.charity_number}. Company number ${westPilton.company_number}`);
  await expect(page.locator(`#invite-org-${westPilton.id}-hint`)).toBeVisible();
  const two = (await apiAs(grace, 'GET', '/organisations?kind=provider&q=pilton%20lunch')).json;
  expect(two.more).toBe(false);
  expect(two.items.map((o) => [o.name, o.kind, o.charity_number]).sort()).toEqual([
    [pilton.name, 'provider', pilton.charity_number], [westPilton.name, 'provider', westPilton.charity_number],
  ]);
  await checkScreen(page, 'partnership, invitation sent', '07-partnership-invited');

  // Nothing chosen: the error summary links to the first organisation to choose from.
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  const summary = page.locator('.invite .ds_error-summary');
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: 'Choose the organisation to invite' }).click();
  await expect(choices.getByRole('radio').first()).toBeFocused();

  // The partner, in its own browser, sees the invitation on its home page and accepts.
  const other = await browser.newContext({ reducedMotion: 'reduce' });
  const partner = await other.newPage();
  await signIn(partner, callum);
  await expect(heading(partner)).toHaveText('Your work');
  const card = partner.getByTestId(`invitation-${created.id}`);
  await expect(card).toContainText('Granton Community Trust');
  await expect(card).toContainText('40%');
  // Before answering: who else is in it (the lead alone so far), no lots yet, no MoU yet.
  await expect(card.getByTestId('invited-members').getByRole('listitem')).toHaveText([
    'Granton Community Trust Lead, with 100% of the work. Accepted',
  ]);
  await expect(card.getByTestId('invited-lots')).toHaveText('It has not started a bid for any lot yet.');
  await expect(card.getByTestId('invited-mou')).toContainText('The lead has not added it yet.');
  await card.getByRole('button', { name: 'Accept the invitation to join Granton and Leith Together' }).click();
  await expect(heading(partner)).toHaveText('Granton and Leith Together');
  await expect(partner.getByTestId(`member-${callum.organisation.id}`)).toContainText('Accepted');
  expect((await apiAs(callum, 'GET', '/invitations')).json.items).toEqual([]);
  const joined = (await apiAs(callum, 'GET', `/consortia/${created.id}`)).json;
  expect(joined.members.find((m) => m.organisation_id === callum.organisation.id).status).toBe('accepted');
  await checkScreen(partner, 'partnership as a partner', '08-partnership-partner');

  // The lead: lowers its own share to 60% and adds the MoU, all by keyboard.
  await page.reload();
  await expect(page.getByTestId(`member-${callum.organisation.id}`)).toContainText('Accepted');
  await tabTo(page, focusedId(`share-${grace.organisation.id}`));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('60');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(`member-${grace.organisation.id}`)).toContainText('60%');
  await page.locator('#mou-file').setInputFiles({
    name: 'granton-mou.txt', mimeType: 'text/plain',
    buffer: Buffer.from('Granton leads and holds the contract. Citadel runs the drop-in, 40% of the work.'),
  });
  await tabTo(page, focusedText('Upload the memorandum'));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Current version: granton-mou.txt')).toBeVisible();
  await tabTo(page, focusedId('mou-read'));
  await page.keyboard.press('Space');
  await tabTo(page, focusedText('Confirm I have read it'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('mou-state')).toHaveText('You have read this version');

  // The partner downloads the MoU (fetched with its token, saved from a Blob) and reads it.
  await partner.reload();
  const download = partner.waitForEvent('download');
  await partner.getByRole('button', { name: 'Download the MoU' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('granton-mou.txt');
  await partner.locator('label[for="mou-read"]').click();
  await partner.getByRole('button', { name: 'Confirm I have read it' }).click();
  await expect(partner.getByTestId('mou-state')).toHaveText('You have read this version');
  await other.close();

  // Complete: the lead starts a bid for lot 1 and lands on it.
  await page.reload();
  await expect(page.getByTestId('completeness')).toContainText('Ready to bid');
  const ready = (await apiAs(grace, 'GET', `/consortia/${created.id}`)).json;
  expect(ready.complete).toBe(true);
  await checkScreen(page, 'partnership ready to bid', '09-partnership-ready');
  await tabTo(page, focusedId('start-lot-0'));
  await page.keyboard.press('Space');
  await tabTo(page, focusedText('Start the bid'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/bids\/[0-9a-f-]{36}$/);
  const bids = (await apiAs(grace, 'GET', `/consortia/${created.id}/bids`)).json.items;
  expect(bids.map((b) => b.lot_id)).toEqual([lot1.id]);
  expect(page.url()).toMatch(new RegExp(`/bids/${bids[0].id}$`));

  // Back home, the partnership and its bid are listed with the way into the bid.
  await page.goto('/work');
  const listed = page.getByTestId(`consortium-${created.id}`);
  await expect(listed).toContainText('Granton Community Trust, Citadel Youth Centre');
  await expect(listed.getByRole('link', { name: 'Open the bid for Lot 1: Leith connections' }))
    .toHaveAttribute('href', `/bids/${bids[0].id}`);
});

test('a provider reads who is in a partnership, its lots and its MoU before declining, and the invitation is gone', async ({ page }) => {
  await signIn(page, grace);
  await page.goto('/invitations');
  await expect(heading(page)).toHaveText('Invitations');
  const invitation = entry.invitation;
  const card = page.getByTestId(`invitation-${invitation.consortium}`);
  await expect(card).toContainText('Subcontractor');

  // Before answering: who else is in it and on what terms, the lots, and the MoU to download.
  const { dumbiedykes, abbeyhill } = invitation.members;
  const canongate = entry.users.canongate.organisation;
  await expect(card.getByRole('heading', { name: 'Who else is in it' })).toBeVisible();
  await expect(card.getByTestId(`invited-member-${canongate.id}`)).toHaveText('Canongate Youth Lead, with 40% of the work. Accepted');
  await expect(card.getByTestId(`invited-member-${dumbiedykes.id}`))
    .toHaveText('Dumbiedykes Lunch Club Partner, with 30% of the work. Accepted');
  await expect(card.getByTestId(`invited-member-${abbeyhill.id}`))
    .toHaveText('Abbeyhill Lunch Club Partner, with 10% of the work. Invited: not answered yet');
  await expect(card.getByTestId(`invited-member-${grace.organisation.id}`)).toHaveCount(0); // that is "Your role" above
  await expect(card.getByRole('heading', { name: 'The lots it plans to bid for' })).toBeVisible();
  await expect(card.getByTestId('invited-lots').getByRole('listitem')).toHaveText([
    `Lot ${invitation.lot.number}: ${invitation.lot.title}`,
  ]);
  await expect(card.getByRole('heading', { name: 'Their agreement (memorandum of understanding)' })).toBeVisible();
  await expect(card.getByTestId('invited-mou')).toContainText(`Current version: ${invitation.mou.filename}`);
  const seen = (await apiAs(grace, 'GET', '/invitations')).json.items.find((i) => i.consortium_id === invitation.consortium);
  expect(seen.members.map((m) => [m.organisation_name, m.role, m.share_bp, m.status])).toEqual(expect.arrayContaining([
    ['Canongate Youth', 'lead', 4000, 'accepted'], [dumbiedykes.name, 'partner', 3000, 'accepted'],
    [abbeyhill.name, 'partner', 1000, 'invited'], [grace.organisation.name, 'subcontractor', 2000, 'invited'],
  ]));
  expect(seen.lots.map((l) => l.id)).toEqual([invitation.lot.id]);
  expect(seen.mou.filename).toBe(invitation.mou.filename);
  // The MoU is fetched with the token (never in the address) and saved from a Blob.
  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: `Download the MoU of ${invitation.name}` }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(invitation.mou.filename);
  expect(readFileSync(await file.path(), 'utf8')).toBe(invitation.mou.text);
  expect(page.url()).not.toContain('token');
  await checkScreen(page, 'invitations', '10-invitations');
  await card.getByRole('button', { name: `Decline the invitation to join ${invitation.name}` }).click();
  await expect(card).toHaveCount(0);
  await expect(page.getByText('There are no invitations waiting for your answer.')).toBeVisible();
  expect((await apiAs(grace, 'GET', '/invitations')).json.items).toEqual([]);
  const owner = entry.users.canongate;
  const consortium = (await apiAs(owner, 'GET', `/consortia/${invitation.consortium}`)).json;
  expect(consortium.members.find((m) => m.organisation_id === grace.organisation.id)?.status).toBe('declined');
});
