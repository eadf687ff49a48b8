// The commissioner's remaining screens in both reading modes and at 320 px:
// changing details, a lot, a panel, and the required documents (saved, with the
// service as witness).
import { test, expect, scenario, signIn, apiAs, heading } from './fixtures.js';
import { officer, checkScreen, evaluated, tenderUrl, apiWith } from './commissioner-support.js';

// Long journeys with axe in two modes on every screen: room for a busy two-core machine.
test.describe.configure({ timeout: 180000 });

test('the commissioner lands on their tenders, not the coming-soon page', async ({ page }) => {
  await signIn(page, officer);
  await expect(heading(page)).toHaveText('Your tenders');
  await expect(page).toHaveURL(/\/tenders$/);
  await expect(page.getByTestId('coming-soon')).toHaveCount(0);
});

test('a running tender shows its details, lots, panel, gates and criteria as they stand, its set-up closed to changes', async ({ page }) => {
  await signIn(page, officer);
  await page.goto(tenderUrl(evaluated, 'details'));
  await expect(heading(page)).toHaveText('Tender details');
  await expect(page.getByLabel('Title')).toHaveValue(evaluated.title);
  await expect(page.getByLabel('Title')).toBeDisabled();
  await checkScreen(page, 'tender details (frozen)', '39-details-frozen');

  await page.goto(tenderUrl(evaluated, 'lots'));
  await expect(page.getByTestId('lot-2')).toContainText('Lot 2: Arts and creativity');
  await expect(page.getByRole('button', { name: /Remove lot/ })).toHaveCount(0);
  await page.goto(tenderUrl(evaluated, `lots/${scenario.lots[0].id}`));
  await expect(heading(page)).toHaveText('Change a lot');
  await expect(page.getByLabel('Title')).toHaveValue(scenario.lots[0].title);
  await checkScreen(page, 'change a lot', null);

  await page.goto(tenderUrl(evaluated, `panels/${scenario.panel.id}`));
  await expect(heading(page)).toHaveText('Change a panel’s members');
  await expect(page.getByLabel('Name of the panel')).toHaveValue(scenario.panel.name);
  await expect(page.getByRole('checkbox', { name: /^Morag Chair/ })).toBeChecked();
  await expect(page.getByLabel('Who chairs the panel')).toHaveValue(scenario.users.chair.id);
  await checkScreen(page, 'change a panel', null);

  await page.goto(tenderUrl(evaluated, 'gates'));
  await expect(page.getByLabel('Employer’s liability, at least (£)')).toHaveValue('5000000');
  await expect(page.getByLabel('Employer’s liability, at least (£)')).toBeDisabled();
  await page.goto(tenderUrl(evaluated, 'criteria'));
  await expect(page.getByLabel('Criterion 1: title')).toHaveValue(scenario.criteria[0]);
});

test('the commissioner lists the documents every bid must include', async ({ page }) => {
  const created = await apiAs(officer, 'POST', '/tenders', {
    reference: `EDI-DOCS-${Date.now()}`, title: 'Housing support', description: 'Housing support.',
    cpv_codes: ['85312000-9'], contract_term_months: 36, estimated_value_pence: 5000000, partnership_bids_expected: false,
  });
  expect(created.status).toBe(201);
  await signIn(page, officer);
  await page.goto(tenderUrl(created.json, 'documents'));
  await expect(heading(page)).toHaveText('Required documents');
  await page.getByRole('button', { name: 'Add a required document' }).click();
  await page.getByRole('button', { name: 'Save the required documents' }).click();
  await expect(page.getByLabel('Document 1: name')).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'required documents with an error', null);
  await page.getByLabel('Document 1: name').fill('Safeguarding policy');
  await page.getByLabel('Document 1: guidance for bidders').fill('Your current adult support and protection policy.');
  await page.getByRole('button', { name: 'Save the required documents' }).click();
  await expect(page.getByTestId('documents-saved')).toBeVisible();
  await checkScreen(page, 'required documents', '47-required-documents');
  const saved = (await apiAs(officer, 'GET', `/tenders/${created.json.id}/required-documents`)).json.documents;
  expect(saved).toMatchObject([{ title: 'Safeguarding policy', guidance: 'Your current adult support and protection policy.' }]);
});

test('the commissioner gives one lot criteria of its own, then returns it to the tender’s', async ({ page }) => {
  const created = await apiAs(officer, 'POST', '/tenders', {
    reference: `EDI-LOTC-${Date.now()}`, title: 'Arts and wellbeing', description: 'Arts and wellbeing.',
    cpv_codes: ['85312000-9'], contract_term_months: 36, estimated_value_pence: 5000000, partnership_bids_expected: false,
  });
  const tender = created.json;
  for (const [number, title] of [[1, 'Music'], [2, 'Creative practice']])
    expect((await apiAs(officer, 'POST', `/tenders/${tender.id}/lots`, {
      number, title, description: title, locality_or_theme: 'Citywide', annual_value_pence: 1000000, term_months: 36,
    })).status).toBe(201);
  const lots = (await apiAs(officer, 'GET', `/tenders/${tender.id}/lots`)).json.items;
  const second = lots.find((l) => l.number === 2);

  await signIn(page, officer);
  await page.goto(tenderUrl(tender, 'criteria'));
  await page.getByLabel('Criterion 1: title').fill('Quality');
  await page.getByLabel('Criterion 1: weight, in percent').fill('100');
  await page.getByRole('button', { name: 'Save the criteria and scale' }).click();
  await expect(page.getByTestId('criteria-saved')).toBeVisible();
  await expect(page.getByTestId('lots-criteria')).toContainText('Lot 2: Creative practice – uses the tender’s criteria');
  await page.getByRole('link', { name: 'Lot 2: Creative practice' }).click();
  await expect(heading(page)).toHaveText('Criteria for lot 2');
  await expect(page.getByLabel('Criterion 1: title')).toHaveValue('Quality');
  await page.getByLabel('Criterion 1: title').fill('Creative practice');
  await page.getByLabel('Criterion 1: weight, in percent').fill('90');
  await page.getByRole('button', { name: 'Save lot 2’s own criteria' }).click();
  await expect(page.locator('.ds_error-summary')).toBeVisible();
  await page.getByLabel('Criterion 1: weight, in percent').fill('100');
  await page.getByRole('button', { name: 'Save lot 2’s own criteria' }).click();
  await expect(page.getByTestId('lot-criteria-state')).toHaveText('Lot 2 has its own criteria.');
  await checkScreen(page, 'a lot’s own criteria', '49-lot-criteria');
  let own = (await apiAs(officer, 'GET', `/tenders/${tender.id}/lots/${second.id}/criteria`)).json;
  expect(own).toMatchObject({ inherited: false, criteria: [{ title: 'Creative practice', weight: 100 }] });

  await page.getByRole('button', { name: 'Use the tender’s criteria for lot 2' }).click();
  await expect(page.getByTestId('lot-criteria-state')).toContainText('uses the tender’s criteria');
  own = (await apiAs(officer, 'GET', `/tenders/${tender.id}/lots/${second.id}/criteria`)).json;
  expect(own).toMatchObject({ inherited: true, criteria: [{ title: 'Quality' }] });
});

test('removing a lot asks first, and keeping it changes nothing', async ({ page }) => {
  const created = await apiAs(officer, 'POST', '/tenders', {
    reference: `EDI-RM-${Date.now()}`, title: 'Two lots', description: 'Two lots.',
    cpv_codes: ['85312000-9'], contract_term_months: 36, estimated_value_pence: 5000000, partnership_bids_expected: false,
  });
  const tender = created.json;
  for (const number of [1, 2])
    expect((await apiAs(officer, 'POST', `/tenders/${tender.id}/lots`, {
      number, title: `Lot number ${number}`, description: 'A lot', locality_or_theme: 'Citywide', annual_value_pence: 1000000, term_months: 36,
    })).status).toBe(201);
  await signIn(page, officer);
  await page.goto(tenderUrl(tender, 'lots'));
  await page.getByRole('button', { name: 'Remove lot 2' }).click();
  await expect(page.getByRole('button', { name: 'Yes, remove lot 2' })).toBeFocused();
  await checkScreen(page, 'remove a lot?', null);
  await page.getByRole('button', { name: 'No, keep it' }).click();
  await expect(page.getByRole('button', { name: 'Remove lot 2' })).toBeFocused();
  expect((await apiAs(officer, 'GET', `/tenders/${tender.id}/lots`)).json.items).toHaveLength(2);
  await page.getByRole('button', { name: 'Remove lot 2' }).click();
  await page.getByRole('button', { name: 'Yes, remove lot 2' }).click();
  await expect(page.getByTestId('lot-2')).toHaveCount(0);
  await expect(page.getByTestId('lot-1')).toBeVisible();
  expect((await apiAs(officer, 'GET', `/tenders/${tender.id}/lots`)).json.items.map((l) => l.number)).toEqual([1]);
});

test('a change made meanwhile by someone else is not overwritten, and nothing typed is lost', async ({ page }) => {
  const created = await apiAs(officer, 'POST', '/tenders', {
    reference: `EDI-RACE-${Date.now()}`, title: 'Befriending', description: 'Befriending services.',
    cpv_codes: ['85312000-9'], contract_term_months: 36, estimated_value_pence: 5000000, partnership_bids_expected: false,
  });
  const tender = created.json;
  await signIn(page, officer);
  await page.goto(tenderUrl(tender, 'details'));
  await expect(page.getByLabel('Title')).toHaveValue('Befriending');
  // A colleague renames the tender while this page is open.
  expect((await apiWith(officer, 'PATCH', `/tenders/${tender.id}`, { title: 'Befriending and peer support' },
    { 'If-Match': `"${tender.version}"` })).status).toBe(200);
  await page.getByLabel('What the service is').fill('Befriending for older people across the city.');
  await page.getByRole('button', { name: 'Save the details' }).click();
  await expect(page.locator('.ds_error-summary')).toContainText('Someone else changed this since you opened the page.');
  let server = (await apiAs(officer, 'GET', `/tenders/${tender.id}`)).json;
  expect(server).toMatchObject({ title: 'Befriending and peer support', description: 'Befriending services.' });

  await page.reload();
  await expect(page.getByTestId('kept')).toBeVisible();
  await expect(page.getByLabel('What the service is')).toHaveValue('Befriending for older people across the city.');
  await expect(page.getByLabel('Title')).toHaveValue('Befriending and peer support'); // the colleague's change stands
  await page.getByRole('button', { name: 'Save the details' }).click();
  await expect(page.getByTestId('details-saved')).toBeVisible();
  server = (await apiAs(officer, 'GET', `/tenders/${tender.id}`)).json;
  expect(server).toMatchObject({ title: 'Befriending and peer support', description: 'Befriending for older people across the city.' });
});
