// The commissioner's clarifications, checklist and records: a provider's question
// answered and published anonymised, the checklist saved in versions, the audit
// trail paged and verified, and reports downloaded without a token in any address.
import { test, expect, scenario, signIn, apiAs, heading } from './fixtures.js';
import { officer, checkScreen, evaluated, tenderUrl } from './commissioner-support.js';

// Long journeys with axe in two modes on every screen: room for a busy two-core machine.
test.describe.configure({ timeout: 180000 });

const granton = scenario.commissioner.users.granton;
const canongate = scenario.commissioner.users.canongate;

async function publishedTender(reference) {
  const created = await apiAs(officer, 'POST', '/tenders', {
    reference, title: 'Supported living in Craigentinny', description: 'Supported living.',
    cpv_codes: ['85311000-2'], contract_term_months: 48, estimated_value_pence: 80000000,
    partnership_bids_expected: false, pin_summary: 'Supported living in Craigentinny.',
  });
  expect(created.status).toBe(201);
  expect((await apiAs(officer, 'POST', `/tenders/${created.json.id}/lots`, {
    number: 1, title: 'Craigentinny', description: 'Supported living', locality_or_theme: 'Craigentinny',
    annual_value_pence: 20000000, term_months: 48,
  })).status).toBe(201);
  expect((await apiAs(officer, 'POST', `/tenders/${created.json.id}/actions/publish_pin`)).status).toBe(200);
  return created.json;
}

test('the commissioner answers a question and publishes it anonymised', async ({ page }) => {
  const tender = await publishedTender(`EDI-CLAR-${Date.now()}`);
  const asked = await apiAs(granton, 'POST', `/tenders/${tender.id}/clarifications`,
    { question: 'Granton Growers ask: can volunteers count towards staffing?' });
  expect(asked.status).toBe(201);

  await signIn(page, officer);
  await page.goto(tenderUrl(tender, 'clarifications'));
  await expect(heading(page)).toHaveText('Clarification questions');
  const card = page.getByTestId(`question-${asked.json.id}`);
  await expect(card).toContainText('Asked by Granton Growers');
  await card.getByRole('button', { name: 'Answer and publish' }).click();
  await expect(card.getByLabel('Your answer')).toBeFocused();
  await checkScreen(page, 'clarifications', '50-clarifications');
  await card.getByLabel('Your answer').fill('No. Volunteers add to paid staff; they do not replace them.');
  await card.getByLabel('The question as everyone will read it').fill('Can volunteers count towards staffing?');
  await card.getByRole('button', { name: 'Answer and publish' }).click();
  await expect(card).toContainText('Published as: “Can volunteers count towards staffing?”');

  // Everyone, another provider included, reads the anonymised question and the answer.
  const seen = (await apiAs(canongate, 'GET', `/tenders/${tender.id}/clarifications`)).json.items;
  expect(seen).toHaveLength(1);
  expect(seen[0]).toMatchObject({ question: 'Can volunteers count towards staffing?', published: true,
    answer: 'No. Volunteers add to paid staff; they do not replace them.' });
  expect(JSON.stringify(seen[0])).not.toContain('Granton');

  // A question that shows a lot is wrong: the answer corrects the lot as it is published.
  const lot = (await apiAs(officer, 'GET', `/tenders/${tender.id}/lots`)).json.items[0];
  const second = await apiAs(canongate, 'POST', `/tenders/${tender.id}/clarifications`,
    { question: 'The notice said four years but lot 1 says 48 months; is it 36?' });
  expect(second.status).toBe(201);
  await page.reload();
  const fix = page.getByTestId(`question-${second.json.id}`);
  await fix.getByLabel('Your answer').fill('Lot 1 runs for 36 months; it is corrected.');
  await fix.getByText('Correct a lot with this answer').click();
  await fix.getByLabel('New term in months').fill('0');
  await fix.getByRole('button', { name: 'Answer and publish' }).click();
  await expect(fix.getByLabel('New term in months')).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'clarification with a lot correction', '50-clarification-correction');
  expect((await apiAs(officer, 'GET', `/tenders/${tender.id}/lots/${lot.id}`)).json.term_months).toBe(48);
  await fix.getByLabel('New term in months').fill('36');
  await fix.getByRole('button', { name: 'Answer and publish' }).click();
  await expect(fix.getByTestId('correction')).toHaveText('Corrected lot 1: term 36 months');
  expect((await apiAs(officer, 'GET', `/tenders/${tender.id}/lots/${lot.id}`)).json.term_months).toBe(36);
});

test('the commissioner saves the ethical commissioning checklist in versions', async ({ page }) => {
  const tender = await publishedTender(`EDI-CHECK-${Date.now()}`);
  await signIn(page, officer);
  await page.goto(tenderUrl(tender, 'checklist'));
  await expect(heading(page)).toHaveText('Ethical commissioning checklist');
  await expect(page.getByTestId('checklist-version')).toHaveText('Not saved yet.');
  await page.getByRole('button', { name: 'Save the checklist' }).click();
  await expect(page.locator('.ds_error-summary li')).toHaveCount(8);
  await checkScreen(page, 'checklist with errors', null);
  for (const element of ['person_centred', 'effective', 'ethical', 'sustainable', 'participation', 'relationships',
    'learning_innovation', 'mutual_accountability'])
    await page.getByTestId(`element-${element}`).getByText('1 – mixed or patchy evidence').click();
  await page.getByTestId('element-participation').getByText('2 – good, consistent evidence').click();
  await page.getByLabel('Comments on “Participation in all stages”').fill('People with lived experience sit on every panel.');
  await expect(page.getByTestId('checklist-total')).toHaveText('Total: 9 of 16');
  await page.getByRole('button', { name: 'Save the checklist' }).click();
  await expect(page.getByTestId('checklist-version')).toContainText('Version 1');
  await page.getByTestId('element-effective').getByText('2 – good, consistent evidence').click();
  await page.getByRole('button', { name: 'Save the checklist' }).click();
  await expect(page.getByTestId('checklist-version')).toContainText('Version 2');
  await expect(page.getByTestId('checklist-history').locator(':scope > li')).toHaveCount(2);
  await checkScreen(page, 'checklist', '51-checklist');

  const current = (await apiAs(officer, 'GET', `/tenders/${tender.id}/checklist`)).json;
  expect(current).toMatchObject({ version: 2, total: 10, maximum: 16 });
  expect(current.elements.find((e) => e.key === 'participation'))
    .toMatchObject({ score: 2, comments: 'People with lived experience sit on every panel.' });
  expect((await apiAs(officer, 'GET', `/tenders/${tender.id}/checklist/history`)).json.items).toHaveLength(2);
});

test('the commissioner pages through the audit trail, verifies it and downloads reports', async ({ page }) => {
  const total = (await apiAs(officer, 'GET', `/tenders/${evaluated.id}/audit?limit=1`)).json.total;
  expect(total).toBeGreaterThan(20);
  await signIn(page, officer);
  await page.goto(tenderUrl(evaluated, 'records'));
  await expect(heading(page)).toHaveText('Audit trail and downloads');
  await expect(page.getByTestId('audit-range')).toHaveText(new RegExp(`^Entries 1 to 20 of \\d+$`));
  await expect(page.getByTestId('audit').locator('tbody tr').first()).toContainText('Tender created');
  // The tender's own people are named, from the trail's actor_name.
  const [first] = (await apiAs(officer, 'GET', `/tenders/${evaluated.id}/audit?limit=1`)).json.items;
  expect(first.actor_name).toBeTruthy();
  await expect(page.getByTestId('audit').locator('tbody tr').first()).toContainText(`${first.actor_name} (commissioner)`);
  await page.getByRole('button', { name: 'Check the audit trail is unbroken' }).click();
  await expect(page.getByTestId('verified')).toContainText('Intact');
  await checkScreen(page, 'audit trail and downloads', '52-records');
  await page.getByRole('button', { name: 'Later entries' }).click();
  await expect(page.getByTestId('audit-range')).toHaveText(/^Entries 21 to/);
  await expect(page.getByTestId('audit').locator('tbody tr').first().locator('td').first()).toHaveText('21');

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /\(variance\.csv\) for lot 1/ }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe(`${evaluated.reference}-lot-1-variance.csv`);
  expect(csv.url()).toMatch(/^blob:/);
  const text = await (await csv.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString());
  expect(text.split('\r\n')[0]).toMatch(/consortium/i);
  expect(text).toContain('Leith Community Crops');

  const [ocds] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Open contracting data/ }).click()]);
  const json = JSON.parse(await (await ocds.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()));
  expect(json.releases[0].tender.title).toBe(evaluated.title);

  // Outcomes come only after stage 2: the page says so instead of saving an error.
  await page.getByRole('button', { name: /\(outcomes\.csv\) for lot 1/ }).click();
  await expect(page.getByTestId('download-problem')).toBeVisible();
});

test('the commissioner runs information sessions and sees who booked and who is interested', async ({ page }) => {
  const tender = await publishedTender(`EDI-SESS-${Date.now()}`);
  const lot = (await apiAs(officer, 'GET', `/tenders/${tender.id}/lots`)).json.items[0];
  await signIn(page, officer);
  await page.goto(tenderUrl(tender, 'sessions'));
  await expect(heading(page)).toHaveText('Information sessions and interest');
  await expect(page.getByTestId('no-sessions')).toBeVisible();
  await page.getByRole('button', { name: 'Add the session' }).click();
  await expect(page.locator('.ds_error-summary')).toContainText('Enter when the session starts.');
  await expect(page.getByLabel('How many people can come')).toHaveAttribute('aria-invalid', 'true');
  const day = new Date(Date.now() + 7 * 86400000);
  const at = (hour) => `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}T${hour}:00`;
  await page.getByLabel('Starts').fill(at(14));
  await page.getByLabel('Ends').fill(at(16));
  await page.getByLabel('Place').fill('Leith Community Centre');
  await page.getByLabel('Online link (optional)').fill('http://insecure.example');
  await page.getByLabel('How many people can come').fill('1');
  await page.getByRole('button', { name: 'Add the session' }).click();
  await expect(page.getByLabel('Online link (optional)')).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'information sessions with an error', null);
  await page.getByLabel('Online link (optional)').fill('');
  await page.getByRole('button', { name: 'Add the session' }).click();
  const session = page.getByTestId('session-Leith Community Centre');
  await expect(session.getByTestId('seats')).toHaveText('0 of 1 seat taken · 0 waiting');

  const sessions = (await apiAs(officer, 'GET', `/tenders/${tender.id}/information-sessions`)).json.items;
  expect(sessions).toMatchObject([{ place: 'Leith Community Centre', capacity: 1 }]);
  const bookings = `/tenders/${tender.id}/information-sessions/${sessions[0].id}/bookings`;
  expect((await apiAs(granton, 'POST', bookings)).json.status).toBe('confirmed');
  expect((await apiAs(canongate, 'POST', bookings)).json.status).toBe('waiting');
  expect((await apiAs(granton, 'PUT', `/tenders/${tender.id}/lots/${lot.id}/interest`)).status).toBe(204);

  await page.reload();
  await expect(session.getByTestId('seats')).toHaveText('1 of 1 seat taken · 1 waiting');
  await session.getByRole('button', { name: /Show who booked/ }).click();
  await expect(session.getByTestId('bookings')).toContainText('Granton Growers: seat confirmed');
  await expect(session.getByTestId('bookings')).toContainText('Canongate Care: waiting (number 1)');
  await expect(page.getByTestId('interests')).toContainText('Lot 1: Craigentinny – 1 provider: Granton Growers');
  await checkScreen(page, 'information sessions', '53-sessions');

  await session.getByRole('button', { name: /Cancel this session/ }).click();
  await expect(page.getByTestId('no-sessions')).toBeVisible();
  expect((await apiAs(officer, 'GET', `/tenders/${tender.id}/information-sessions`)).json.items).toEqual([]);
});
