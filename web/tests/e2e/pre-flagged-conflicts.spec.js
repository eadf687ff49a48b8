// Panellists' links to organisations and the conflicts they pre-flag (issue 10):
// a panellist adds and removes links (by mouse, then by keyboard alone), then adds
// a commissioning body found by search and an organisation not registered here by
// its name, which the commissioner reads under their name on the panels page; one whose
// link is in a bid cannot say "no conflict" and declares the conflict by keyboard;
// the commissioner sees the flags and clears one with a reason, withdraws the
// clearance (made in error) and clears it again; the cleared panellist may then say
// "no", after which the clearance can no longer be withdrawn (a page left open is
// refused in words). The service is the second witness throughout.
import { test, expect, scenario, signIn, apiAs, heading, choose } from './fixtures.js';
import { officer, checkScreen, tabTo, focusedId, focusedText, tenderUrl } from './commissioner-support.js';

// commissioner-deadlines.spec.js puts Keir on a second panel with a scoring date for a
// while: the lock keeps it from running while Keir's My panels is checked here.
test.describe.configure({ mode: 'serial', timeout: 180000, lock: 'keir' });

const seeded = scenario.issue10;
const { lorna, cleo, keir } = seeded.users;
const { niddrie, duddingston, midlothian } = seeded.organisations;
const linked = seeded.linked;
const together = linked.bids.together;
const conflictUrl = (bid) => `/panels/${linked.panel.id}/bids/${bid.id}/conflict`;
const lotUrl = `/panels/${linked.panel.id}/lots/${linked.lot.id}`;
const panelBid = async (who, bid) =>
  (await apiAs(who, 'GET', `/panels/${linked.panel.id}/bids`)).json.items.find((b) => b.bid_id === bid.id);

test('a panellist adds and removes their links to organisations', async ({ page }) => {
  expect((await apiAs(keir, 'GET', '/me/organisation-links')).json.links).toEqual([]);
  await signIn(page, keir);
  await expect(heading(page)).toHaveText('My panels');
  // The date the commissioner set for the panel's scores, in the panellist's own words.
  const due = await page.evaluate((at) => new Date(at).toLocaleString('en-GB', {
    weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit',
  }), linked.panel.scoring_due_at);
  await expect(page.getByTestId('scoring-due')).toHaveText(
    `Please send your scores by ${due}. If you are still scoring, we will remind you 3 days and 1 day before.`);
  await checkScreen(page, 'my panels with a scoring date and the links prompt', null);
  await page.getByRole('link', { name: 'Tell us about your links to organisations' }).click();
  await expect(heading(page)).toHaveText('Your links to organisations');
  await expect(page.getByTestId('who-sees')).toContainText('Only the commissioners running the panels you sit on');
  await expect(page.getByTestId('no-links')).toBeVisible();
  await checkScreen(page, 'links (none)', '90-links-empty');

  // Too short a search is refused at the field; a search with no match says so.
  await page.getByLabel('Organisation’s name').fill('D');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('#org-search-error')).toHaveText('Type at least 2 letters of the organisation’s name.');
  await page.getByLabel('Organisation’s name').fill('Nowhere Such Charity');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('no-organisations')).toBeVisible();

  await page.getByLabel('Organisation’s name').fill('duddingston');
  await page.getByRole('button', { name: 'Search' }).click();
  // Each one found says what it is; "not in this list" asks for the name.
  await expect(page.getByRole('radio', { name: duddingston.name })).toHaveAccessibleDescription('Care provider');
  await choose(page, 'An organisation that is not in this list');
  await expect(page.getByLabel('Name of the organisation')).toHaveValue('');
  await page.getByRole('button', { name: 'Add this link' }).click();
  await expect(page.locator('.ds_error-summary')).toContainText('Write the name of the organisation.');
  await choose(page, duddingston.name);
  await expect(page.getByLabel('Name of the organisation')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add this link' }).click();
  await expect(page.locator('.ds_error-summary')).toContainText('Choose what your link is.');
  await checkScreen(page, 'links (adding, with an error)', '91-links-adding');
  await choose(page, 'I work for it');
  await page.getByLabel('Anything you want to add (optional)').fill('Part-time cook since 2024.');
  await page.getByRole('button', { name: 'Add this link' }).click();
  const card = page.getByTestId(`link-${duddingston.name}`);
  await expect(card).toContainText('I work for it');
  await expect(card).toContainText('Part-time cook since 2024.');
  await expect(page.getByTestId('no-links')).toHaveCount(0);
  await checkScreen(page, 'links (one)', '92-links-one');

  expect((await apiAs(keir, 'GET', '/me/organisation-links')).json.links).toEqual([
    expect.objectContaining({ organisation_id: duddingston.id, organisation: duddingston.name, kind: 'employer', note: 'Part-time cook since 2024.' }),
  ]);
  // Duddingston's bid is now pre-flagged for Keir: "no conflict" is refused, naming the organisation.
  expect((await panelBid(keir, linked.bids.single)).my_pre_flag).toMatchObject({
    cleared: false, links: [expect.objectContaining({ organisation_id: duddingston.id })],
  });
  // Reloaded, the page shows what the service holds.
  await page.reload();
  await expect(page.getByTestId(`link-${duddingston.name}`)).toContainText('Part-time cook since 2024.');

  await page.getByRole('button', { name: `Remove the link to ${duddingston.name}` }).click();
  await expect(page.getByTestId('no-links')).toBeVisible();
  expect((await apiAs(keir, 'GET', '/me/organisation-links')).json.links).toEqual([]);
});

test('a keyboard-only panellist adds a link and removes it', async ({ page }) => {
  await signIn(page, keir);
  await expect(heading(page)).toHaveText('My panels');
  await tabTo(page, focusedText('Tell us about your links to organisations'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Your links to organisations');
  await expect(heading(page)).toBeFocused();
  await tabTo(page, focusedId('org-search'));
  await page.keyboard.type('Befriending Net');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radio', { name: niddrie.name })).toBeVisible();
  await tabTo(page, focusedId(`org-${niddrie.id}`));
  await page.keyboard.press('Space');
  await expect(page.locator(`#org-${niddrie.id}`)).toBeChecked();
  await page.keyboard.press('Tab'); // the radio group is one stop; the next is the kinds
  await expect(page.locator('#kind-employer')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#kind-volunteer')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.locator('#link-note')).toBeFocused();
  await page.keyboard.type('Drives for the outings now and then.');
  await tabTo(page, focusedText('Add this link'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(`link-${niddrie.name}`)).toContainText('I volunteer with it');
  expect((await apiAs(keir, 'GET', '/me/organisation-links')).json.links).toEqual([
    expect.objectContaining({ organisation_id: niddrie.id, kind: 'volunteer', note: 'Drives for the outings now and then.' }),
  ]);

  await page.locator('#main-content').focus();
  await tabTo(page, focusedText(`Remove the link to ${niddrie.name}`));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('no-links')).toBeVisible();
  expect((await apiAs(keir, 'GET', '/me/organisation-links')).json.links).toEqual([]);
});

test('a panellist adds a commissioning body found by search and an organisation not registered here', async ({ page }) => {
  await signIn(page, keir);
  await page.goto('/my-links');
  await expect(heading(page)).toHaveText('Your links to organisations');
  await expect(page.getByTestId('who-sees')).toContainText('Only the commissioners running the panels you sit on');
  const happens = page.getByTestId('what-happens');
  await expect(happens).toContainText('If a bid includes one of them, we flag that bid for you automatically.');
  await expect(happens).toContainText('The people running your panels look at these links themselves');

  // Register numbers tell similar names apart.
  await page.getByLabel('Organisation’s name').fill('Niddrie');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('radio', { name: niddrie.name })).toHaveAccessibleDescription(
    'Care provider. Care Inspectorate number CS2012345678. Charity number SC041234');

  // A commissioning body, found by search: every kind is searched now.
  await page.getByLabel('Organisation’s name').fill('midlothian');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('radio', { name: midlothian.name })).toHaveAccessibleDescription(
    'Commissioning body (council or health and social care partnership)');
  await checkScreen(page, 'links: a commissioning body found', '101-links-found');
  await choose(page, midlothian.name);
  await choose(page, 'I work for it');
  await page.getByLabel('Anything you want to add (optional)').fill('Admin assistant in the Dalkeith office.');
  await page.getByRole('button', { name: 'Add this link' }).click();
  await expect(page.getByTestId(`link-${midlothian.name}`)).toContainText('A commissioning body registered here.');

  // Nothing registered here: the name as typed, then corrected, is added by name.
  await page.getByLabel('Organisation’s name').fill('Restalrig Lunch');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByTestId('no-organisations')).toContainText('add it by typing its name below');
  const name = page.getByLabel('Name of the organisation');
  await expect(name).toHaveValue('Restalrig Lunch');
  await name.fill('');
  await page.getByRole('button', { name: 'Add this link' }).click();
  const summary = page.locator('.ds_error-summary');
  await expect(summary).toContainText('Write the name of the organisation.');
  await expect(summary).toContainText('Choose what your link is.');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'links: an organisation not registered, with errors', '102-links-unregistered');
  await name.fill('Restalrig Lunch Club');
  await choose(page, 'I volunteer with it');
  await page.getByLabel('Anything you want to add (optional)').fill('I serve soup on Tuesdays.');
  await page.getByRole('button', { name: 'Add this link' }).click();
  const club = page.getByTestId('link-Restalrig Lunch Club');
  await expect(club).toContainText('Not registered here. We cannot match it to bids');
  await expect(club).toContainText('I volunteer with it');

  // Reloaded, the page shows what the service holds: one registered, one not.
  await page.reload();
  await expect(page.getByTestId(`link-${midlothian.name}`).getByTestId('link-registered'))
    .toContainText('A commissioning body registered here');
  await expect(page.getByTestId(`link-${midlothian.name}`)).toContainText('Admin assistant in the Dalkeith office.');
  await expect(club.getByTestId('link-not-registered')).toBeVisible();
  await expect(club).toContainText('I serve soup on Tuesdays.');
  await checkScreen(page, 'links: registered and not', '103-links-two');
  expect((await apiAs(keir, 'GET', '/me/organisation-links')).json.links).toEqual([
    { organisation_id: midlothian.id, organisation: midlothian.name, registered: true, organisation_kind: 'commissioning_body', kind: 'employer', note: 'Admin assistant in the Dalkeith office.' },
    { organisation_id: null, organisation: 'Restalrig Lunch Club', registered: false, organisation_kind: null, kind: 'volunteer', note: 'I serve soup on Tuesdays.' },
  ]);
  // Neither is a partner in a bid: nothing is flagged for Keir.
  expect((await panelBid(keir, together)).my_pre_flag).toBeNull();
  expect((await panelBid(keir, linked.bids.single)).my_pre_flag).toBeNull();
});

test('the commissioner reads the panel members’ links on the panels page', async ({ page }) => {
  // Only the tender's commissioners read them; the members themselves do not.
  const asOfficer = (await apiAs(officer, 'GET', `/panels/${linked.panel.id}`)).json;
  expect(asOfficer.members.find((m) => m.user_id === keir.id).links).toHaveLength(2);
  const asMember = (await apiAs(keir, 'GET', `/panels/${linked.panel.id}`)).json;
  expect(asMember.members.every((m) => m.links === undefined)).toBe(true);

  await signIn(page, officer);
  await page.goto(tenderUrl(linked, 'panels'));
  await expect(heading(page)).toHaveText('Panels');
  const card = page.getByTestId(`panel-${linked.panel.name}`);
  await expect(page.getByTestId('links-explained')).toContainText('judge for yourself');
  const keirsLinks = card.getByTestId('member-Keir Keys').getByTestId('member-links');
  await expect(keirsLinks).toContainText('Links they told us about:');
  await expect(keirsLinks).toContainText(`Works for ${midlothian.name} (a commissioning body): “Admin assistant in the Dalkeith office.”`);
  await expect(keirsLinks).toContainText('Volunteers with Restalrig Lunch Club (not registered here): “I serve soup on Tuesdays.”');
  await expect(card.getByTestId('member-Lorna Linked').getByTestId('member-links'))
    .toContainText(`Volunteers with ${niddrie.name}: “I help at the Thursday lunch club.”`);
  await expect(card.getByTestId('member-Cleo Cleared').getByTestId('member-links'))
    .toHaveText(`Links they told us about:Has family who work at ${niddrie.name}`);
  await checkScreen(page, 'panels with members’ links', '104-panel-links');
});

test('a pre-flagged panellist cannot say "no conflict", and declares it by keyboard', async ({ page }) => {
  const before = await panelBid(lorna, together);
  expect(before.my_declaration).toBeNull();
  expect(before.my_pre_flag).toMatchObject({ cleared: false, links: [expect.objectContaining({ organisation_id: niddrie.id, kind: 'volunteer' })] });
  // The service refuses "no conflict" itself, naming the organisation.
  const refused = await apiAs(lorna, 'PUT', `/bids/${together.id}/conflict-declaration`, { conflicted: false });
  expect(refused.status).toBe(409);
  expect(refused.json.type).toBe('urn:collabtender:problem:conflict-pre-flagged');
  expect(refused.json.detail).toContain(niddrie.name);

  await signIn(page, lorna);
  await page.goto(lotUrl);
  await expect(heading(page)).toHaveText(`Lot 1: ${linked.lot.title}`);
  await tabTo(page, focusedText(`Start for ${together.name}`));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Do you have a conflict of interest?');
  const flag = page.getByTestId('pre-flag');
  await expect(flag).toContainText(`You told us about a link to ${niddrie.name}`);
  await expect(flag).toContainText('I volunteer with it (I help at the Thursday lunch club.)');
  await expect(flag).toContainText('you cannot say “no conflict” for this bid yourself');
  await expect(flag).toContainText('The commissioner running this tender has been able to see your link.');
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByLabel('What is the link?')).toHaveValue(`${niddrie.name}: I volunteer with it. I help at the Thursday lunch club.`);
  await checkScreen(page, 'pre-flagged conflict question', '93-pre-flagged');

  await tabTo(page, focusedId('description'));
  await page.keyboard.press('End');
  await page.keyboard.type(' I know the people who run it.');
  await tabTo(page, focusedText('Declare a conflict of interest'));
  await page.keyboard.press('Enter');
  // The check step first, by keyboard: the focus is on its heading, then the button.
  await expect(page.getByRole('heading', { name: 'Check your answer before you send it' })).toBeFocused();
  await expect(page.getByTestId('check-conflict')).toContainText(`Yes: you told us about a link to ${niddrie.name}`);
  await expect(page.getByTestId('conflict-warning')).toContainText('You cannot change the answer afterwards unless the commissioner running this tender clears your link.');
  expect((await panelBid(lorna, together)).my_declaration).toBeFalsy();
  await tabTo(page, focusedText('Declare the conflict'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('You will not score this bid');
  await expect(heading(page)).toBeFocused();
  expect((await panelBid(lorna, together)).my_declaration).toMatchObject({ conflicted: true });
});

test('the commissioner sees the pre-flags and clears one with a reason', async ({ page }) => {
  await signIn(page, officer);
  // The evaluation overview points to the bids whose flags wait for a decision.
  await page.goto(tenderUrl(linked, 'evaluation'));
  const card = page.getByTestId(`progress-${together.name}`);
  await expect(card.getByTestId('pre-flags-waiting')).toContainText('2 panel members’ links to this bid’s organisations need your decision');
  await checkScreen(page, 'evaluation overview with pre-flags', null);
  await card.getByTestId('pre-flags-waiting').getByRole('link').click();
  await expect(heading(page)).toHaveText(`Scores: ${together.name}`);
  const lornaFlag = page.getByTestId('pre-flag-Lorna Linked');
  await expect(lornaFlag).toContainText(`Lorna Linked volunteers with it: ${niddrie.name} (“I help at the Thursday lunch club.”)`);
  await expect(page.getByTestId('member-progress')).toContainText('Lorna Linked: Declared a conflict of interest: not scoring');
  const cleoFlag = page.getByTestId('pre-flag-Cleo Cleared');
  await expect(cleoFlag).toContainText(`Cleo Cleared has family who work there: ${niddrie.name}`);
  await expect(cleoFlag).toContainText('Flagged: a link told us beforehand');
  await expect(page.getByTestId('pre-flag-Keir Keys')).toHaveCount(0);
  await checkScreen(page, 'bid scores with pre-flags', '94-pre-flags');

  const reason = cleoFlag.getByLabel('Why Cleo Cleared’s link does not stop them scoring');
  await cleoFlag.getByRole('button', { name: 'Clear this flag for Cleo Cleared' }).click();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toBeFocused();
  expect((await apiAs(officer, 'GET', `/bids/${together.id}/scores`)).json.panellists
    .find((p) => p.user_id === cleo.id).pre_flag.cleared).toBe(false);
  await reason.fill('Her cousin is a driver at Niddrie and has no part in this bid.');
  await cleoFlag.getByRole('button', { name: 'Clear this flag for Cleo Cleared' }).click();
  await expect(cleoFlag.getByTestId('clearance')).toContainText('Her cousin is a driver at Niddrie and has no part in this bid.');
  await expect(cleoFlag).toContainText('Flag cleared');
  await expect(cleoFlag.getByTestId('clearance')).toContainText(`Cleared by ${officer.display_name} on`);
  await expect(lornaFlag).toContainText('Flagged: a link told us beforehand');
  // Lorna has answered (she declared the conflict), and hers is not cleared: nothing to withdraw.
  await expect(lornaFlag.getByRole('button', { name: /Withdraw this clearance/ })).toHaveCount(0);
  await checkScreen(page, 'bid scores with a cleared flag', '95-pre-flag-cleared');

  // A clearance made in error is withdrawn while Cleo has not answered: asked first, in words.
  const cleoScores = async () => (await apiAs(officer, 'GET', `/bids/${together.id}/scores`)).json.panellists
    .find((p) => p.user_id === cleo.id);
  const withdraw = cleoFlag.getByRole('button', { name: 'Withdraw this clearance for Cleo Cleared' });
  await withdraw.click();
  const confirm = cleoFlag.getByTestId('withdraw-confirm');
  await expect(confirm).toContainText('Are you sure you want to withdraw this clearance?');
  await expect(confirm).toContainText('they will have to declare the conflict, or wait until you clear the flag again');
  await expect(confirm.getByRole('button', { name: 'Yes, withdraw the clearance' })).toBeFocused();
  await checkScreen(page, 'withdrawing a clearance: are you sure', '97-withdraw-clearance');
  await confirm.getByRole('button', { name: 'No, keep it' }).click();
  await expect(withdraw).toBeFocused();
  expect((await cleoScores()).pre_flag.cleared).toBe(true);
  await withdraw.click();
  await confirm.getByRole('button', { name: 'Yes, withdraw the clearance' }).click();
  await expect(cleoFlag).toContainText('Flagged: a link told us beforehand');
  await expect(cleoFlag.getByTestId('clearance')).toHaveCount(0);
  await expect(reason).toBeFocused();
  await expect(page.getByTestId('announcer')).toContainText('The clearance for Cleo Cleared is withdrawn.');
  const back = await cleoScores();
  expect(back.pre_flag).toMatchObject({ cleared: false });
  expect(back.declared).toBe(false);
  // Nothing left to withdraw: the service says so.
  const none = await apiAs(officer, 'DELETE', `/bids/${together.id}/conflict-flags/${cleo.id}/clearance`);
  expect(none.status).toBe(409);
  expect(none.json.type).toBe('urn:collabtender:problem:not-cleared');

  // Cleared again, for good.
  await reason.fill('Her cousin is a driver at Niddrie and has no part in this bid.');
  await cleoFlag.getByRole('button', { name: 'Clear this flag for Cleo Cleared' }).click();
  await expect(cleoFlag.getByTestId('clearance')).toContainText('Her cousin is a driver at Niddrie and has no part in this bid.');
  await expect(withdraw).toBeVisible();

  const panellists = (await apiAs(officer, 'GET', `/bids/${together.id}/scores`)).json.panellists;
  expect(panellists.find((p) => p.user_id === cleo.id).pre_flag).toMatchObject({
    cleared: true, clearance_reason: 'Her cousin is a driver at Niddrie and has no part in this bid.',
  });
  expect(panellists.find((p) => p.user_id === lorna.id).pre_flag).toMatchObject({ cleared: false });
  expect(panellists.find((p) => p.user_id === cleo.id).pre_flag.cleared_by).toMatchObject({ id: officer.id });
  await page.goto(tenderUrl(linked, 'evaluation'));
  await expect(page.getByTestId(`progress-${together.name}`).getByTestId('pre-flags-waiting'))
    .toContainText('1 panel member’s link to this bid’s organisations needs your decision');
});

test('a panellist whose flag was cleared may say "no conflict"; the clearance can then no longer be withdrawn', async ({ page, browser }) => {
  // The commissioner has the bid's page open meanwhile, with the clearance still withdrawable.
  const commissioner = await browser.newContext({ reducedMotion: 'reduce' });
  const c = await commissioner.newPage();
  await signIn(c, officer);
  await c.goto(tenderUrl(linked, `bids/${together.id}`));
  const cleoFlag = c.getByTestId('pre-flag-Cleo Cleared');
  const withdraw = cleoFlag.getByRole('button', { name: 'Withdraw this clearance for Cleo Cleared' });
  await expect(withdraw).toBeVisible();

  await signIn(page, cleo);
  await page.goto(conflictUrl(together));
  await expect(heading(page)).toHaveText('Do you have a conflict of interest?');
  const cleared = page.getByTestId('pre-flag-cleared');
  await expect(cleared).toContainText(`You told us you have a link to ${niddrie.name}. The commissioner has looked at it and cleared it`);
  await expect(cleared).toContainText('“Her cousin is a driver at Niddrie and has no part in this bid.”');
  await expect(page.getByTestId('pre-flag')).toHaveCount(0);
  await checkScreen(page, 'cleared conflict question', '96-pre-flag-cleared-question');
  await choose(page, 'No, I have no link to them');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page)).toHaveText('What people tell us matters');
  expect((await panelBid(cleo, together)).my_declaration).toMatchObject({ conflicted: false });

  // Cleo's answer rests on the clearance now: the service refuses to withdraw it...
  const refused = await apiAs(officer, 'DELETE', `/bids/${together.id}/conflict-flags/${cleo.id}/clearance`);
  expect(refused.status).toBe(409);
  expect(refused.json.type).toBe('urn:collabtender:problem:panellist-answered');
  // ...and the page left open says so in words, then offers it no more.
  await withdraw.click();
  await cleoFlag.getByRole('button', { name: 'Yes, withdraw the clearance' }).click();
  await expect(cleoFlag.getByRole('alert')).toHaveText(
    'Cleo Cleared has already answered the conflict question for this bid, relying on your clearance, so it can no longer be withdrawn. The page now shows the latest.');
  await expect(withdraw).toHaveCount(0);
  await expect(cleoFlag.getByTestId('clearance')).toContainText('Her cousin is a driver at Niddrie');
  await expect(c.getByTestId('member-progress')).not.toContainText('Cleo Cleared: Has not answered the conflict question yet');
  expect((await apiAs(officer, 'GET', `/bids/${together.id}/scores`)).json.panellists
    .find((p) => p.user_id === cleo.id).pre_flag.cleared).toBe(true);
  // Opened afresh, the page says why there is nothing to withdraw.
  await c.reload();
  await expect(cleoFlag.getByTestId('clearance-final')).toHaveText(
    'Cleo Cleared has answered the conflict question, so this clearance can no longer be withdrawn.');
  await expect(withdraw).toHaveCount(0);
  await commissioner.close();
});
