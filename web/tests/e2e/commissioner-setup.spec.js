// A commissioner sets up a tender in the browser, from nothing to stage 1 open:
// details, a lot, criteria, gates and the timetable, with refused steps listing
// what is missing. The service (read with the officer's own token) is the witness.
import { test, expect, scenario, signIn, apiAs, heading, choose } from './fixtures.js';
import { officer, checkScreen, evaluated, awarding } from './commissioner-support.js';

// Long journeys with axe in two modes on every screen: room for a busy two-core machine.
test.describe.configure({ timeout: 180000 });

const inDays = (days, hour = 12) => {
  const d = new Date(Date.now() + days * 86400000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`;
};

test('the commissioner creates a tender with a lot, criteria and gates, and opens stage 1', async ({ page }) => {
  const reference = `EDI-E2E-${Date.now()}`;
  await signIn(page, officer);
  await expect(heading(page)).toHaveText('Your tenders');
  await expect(page.getByTestId(`tender-${evaluated.reference}`)).toContainText('Stage 1 bids being evaluated');
  // The other seeded tender is in stage 2 evaluation or, once its award is proposed, in standstill.
  await expect(page.getByTestId(`tender-${awarding.reference}`)).toContainText(/Stage 2 bids being evaluated|Standstill: award proposed/);
  await checkScreen(page, 'your tenders', '30-commissioner-home');

  await page.getByRole('link', { name: 'Create a tender' }).click();
  await expect(heading(page)).toHaveText('Create a tender');
  // A value that is not money is caught here; a missing title is the service's to refuse.
  await page.getByLabel('Reference').fill(reference);
  await page.getByLabel('What the service is').fill('Support at home for older people in Pilton.');
  await page.getByLabel('Contract term in months').fill('60');
  await page.getByLabel('Estimated total value, in pounds').fill('lots');
  await page.getByRole('button', { name: 'Create the tender' }).click();
  const summary = page.locator('.ds_error-summary');
  await expect(summary).toContainText('Enter the estimated value in pounds');
  await expect(page.getByLabel('Estimated total value, in pounds')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Estimated total value, in pounds').fill('2,400,000');
  await page.getByRole('button', { name: 'Create the tender' }).click();
  await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Estimated total value, in pounds')).not.toHaveAttribute('aria-invalid');
  await expect(page.locator('#title-error')).not.toBeEmpty();
  await expect(page.getByLabel('What you tell providers about partnership bids')).toHaveAttribute('aria-invalid', 'true');
  await expect(summary.getByRole('link')).toHaveCount(2);
  await checkScreen(page, 'create a tender with errors', '31-create-tender-errors');
  await summary.getByRole('link', { name: /^Title: / }).click();
  await expect(page.getByLabel('Title')).toBeFocused();
  await page.getByLabel('Title').fill('Care at home in Pilton');
  await page.getByLabel('What you tell providers about partnership bids').fill('Partnership bids are welcome.');
  await page.getByLabel('Prior information notice (PIN) summary').fill('One lot of care at home in Pilton.');
  await page.getByRole('button', { name: 'Create the tender' }).click();
  await expect(heading(page)).toHaveText('Care at home in Pilton');
  const id = new URL(page.url()).pathname.split('/')[2];
  let server = await apiAs(officer, 'GET', `/tenders/${id}`);
  expect(server.json).toMatchObject({ reference, status: 'draft', estimated_value_pence: 240000000, contract_term_months: 60 });

  // Publishing the notice is checked first: what becomes public and to whom it is
  // announced, in the Design System's pattern; Cancel changes nothing.
  const publish = page.getByRole('button', { name: 'Publish the prior information notice' });
  await publish.click();
  const check = page.getByTestId('check-publish');
  await expect(page.getByRole('heading', { name: 'Check before you publish the notice' })).toBeFocused();
  const summaryList = check.getByTestId('publish-summary');
  await expect(summaryList).toContainText('The noticeCare at home in Pilton');
  await expect(summaryList).toContainText('SummaryOne lot of care at home in Pilton.');
  await expect(summaryList).toContainText('LotsNone yet: the notice must announce at least one');
  await expect(summaryList).toContainText('On this service’s list of opportunities, and in the tender’s open data (OCDS)');
  await expect(summaryList).toContainText('Providers who follow a kind of service this tender is for (85312000-9)');
  await expect(page.getByTestId('publish-warning')).toContainText('You cannot take a published notice back.');
  await checkScreen(page, 'check before publishing the notice', '32a-check-publish');
  await check.getByRole('button', { name: 'Cancel' }).click();
  await expect(check).toHaveCount(0);
  await expect(publish).toBeFocused();
  expect((await apiAs(officer, 'GET', `/tenders/${id}`)).json.status).toBe('draft');

  // Confirmed without a lot: refused, and the page says why and where to fix it.
  await publish.click();
  await check.getByRole('button', { name: 'Publish the notice' }).click();
  const refused = page.getByTestId('refused');
  await expect(refused).toContainText('The PIN must announce at least one lot.');
  await expect(refused).toBeFocused();
  await checkScreen(page, 'refused stage move', '32-refused-publish');
  await refused.getByRole('link', { name: /at least one lot/ }).click();
  await expect(heading(page)).toHaveText('Lots');
  await expect(page.getByTestId('no-lots')).toBeVisible();
  await checkScreen(page, 'lots', null);

  await page.getByRole('link', { name: 'Add a lot' }).click();
  await expect(heading(page)).toHaveText('Add a lot');
  await expect(page.getByLabel('Lot number')).toHaveValue('1');
  await page.getByLabel('Title').fill('Pilton care at home');
  await page.getByLabel('What this lot covers').fill('Care at home across Pilton and Muirhouse.');
  await page.getByLabel('Locality or theme').fill('North West');
  await page.getByLabel('Value each year, in pounds').fill('480000');
  await checkScreen(page, 'add a lot', '33-add-lot');
  await page.getByRole('button', { name: 'Add the lot' }).click();
  await expect(heading(page)).toHaveText('Lots');
  await expect(page.getByTestId('lot-1')).toContainText('Lot 1: Pilton care at home');
  await expect(page.getByTestId('lot-1')).toContainText('£480,000 a year');
  server = await apiAs(officer, 'GET', `/tenders/${id}/lots`);
  expect(server.json.items).toMatchObject([{ number: 1, title: 'Pilton care at home', annual_value_pence: 48000000, term_months: 60 }]);

  // Criteria: weights must add up to 100 with the price weight; the service says so.
  await page.getByRole('link', { name: 'Award criteria and scale' }).click();
  await expect(heading(page)).toHaveText('Award criteria and scale');
  await page.getByLabel('Criterion 1: title').fill('Person-led support');
  await page.getByLabel('Criterion 1: weight, in percent').fill('60');
  await page.getByRole('button', { name: 'Add a criterion' }).click();
  await page.getByLabel('Criterion 2: title').fill('Fair work');
  await page.getByLabel('Criterion 2: weight, in percent').fill('30');
  await expect(page.getByTestId('weight-total')).toHaveText(/add up to 90%\. They must add up to 100%/);
  await page.getByRole('button', { name: 'Save the criteria and scale' }).click();
  await expect(page.locator('.ds_error-summary')).toContainText(/100/);
  await page.getByLabel('Criterion 2: weight, in percent').fill('40');
  await page.getByLabel('Criterion 2: guidance for the panel').fill('Look for the Real Living Wage and training.');
  await page.getByLabel('Criterion 1: lowest score a bid may get and still win').selectOption('1');
  await page.getByLabel('Name of score 4').fill('Outstanding');
  await page.getByRole('button', { name: 'Save the criteria and scale' }).click();
  await expect(page.getByTestId('criteria-saved')).toBeVisible();
  await checkScreen(page, 'criteria', '34-criteria');
  server = await apiAs(officer, 'GET', `/tenders/${id}/criteria`);
  expect(server.json.criteria).toMatchObject([
    { title: 'Person-led support', weight: 60, min_score: 1 },
    { title: 'Fair work', weight: 40, panel_guidance: 'Look for the Real Living Wage and training.' },
  ]);
  expect((await apiAs(officer, 'GET', `/tenders/${id}`)).json.scoring_scale[4].label).toBe('Outstanding');

  // Gates: Fair Work First and insurance, for every lot.
  await page.getByRole('link', { name: 'Minimum requirements (gates)' }).click();
  await expect(heading(page)).toHaveText('Minimum requirements (gates)');
  await page.getByLabel('Kind of requirement to add').selectOption('fair_work_first');
  await page.getByRole('button', { name: 'Add this requirement' }).click();
  // The hourly rate may be left empty for the installation's Real Living Wage, which no admin
  // has set in this run (accounts-two-factor.spec.js, which sets it, runs after every other file).
  const rate = page.getByLabel('Lowest hourly rate paid to staff (£)');
  await expect(rate).toHaveValue('');
  await expect(rate).toHaveAccessibleDescription(/Optional\. Leave it empty to ask for the Real Living Wage/);
  expect((await apiAs(scenario.users.admin, 'GET', '/settings')).json.real_living_wage_pence).toBeNull();
  await page.getByLabel('Kind of requirement to add').selectOption('insurance');
  await page.getByRole('button', { name: 'Add this requirement' }).click();
  await page.getByLabel('Employer’s liability, at least (£)').fill('1000'); // below the statutory £5m
  await page.getByLabel('Public liability, at least (£)').fill('10000000');
  await page.getByLabel('Professional indemnity, at least (£)').fill('2000000');
  await page.getByRole('button', { name: 'Save the minimum requirements' }).click();
  await expect(page.getByLabel('Employer’s liability, at least (£)')).toHaveAttribute('aria-invalid', 'true');
  await expect(rate).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#gates-0-parameters-minimum_hourly_rate_pence-error')).toContainText('no Real Living Wage rate is set');
  await expect(page.locator('.ds_error-summary')).toContainText('Lowest hourly rate paid to staff (£): is needed');
  await checkScreen(page, 'gates with an error', '35-gates-error');
  await rate.fill('13.45');
  await page.getByLabel('Employer’s liability, at least (£)').fill('5000000');
  await page.getByRole('button', { name: 'Save the minimum requirements' }).click();
  await expect(page.getByTestId('gates-saved')).toBeVisible();
  server = await apiAs(officer, 'GET', `/tenders/${id}/gates`);
  expect(server.json.gates).toMatchObject([
    { kind: 'fair_work_first', parameters: { minimum_hourly_rate_pence: 1345 } },
    { kind: 'insurance', parameters: { employers_liability_pence: 500000000 } },
  ]);

  await page.getByRole('link', { name: 'Overview and stages' }).click();
  await page.getByRole('button', { name: 'Publish the prior information notice' }).click();
  await expect(check.getByTestId('publish-summary')).toContainText('LotsLot 1: Pilton care at home');
  await check.getByRole('button', { name: 'Publish the notice' }).click();
  await expect(page.getByTestId('tender-status')).toHaveText('Prior information notice published');
  expect((await apiAs(officer, 'GET', `/tenders/${id}`)).json.status).toBe('pin_published');

  // Opening stage 1 without a timetable: every missing date is listed.
  await page.getByRole('button', { name: 'Open stage 1 for bids' }).click();
  const missing = page.getByTestId('preconditions');
  await expect(missing).toContainText('The clarification cut-off must be set.');
  await expect(missing).toContainText('The stage-1 deadline must be set.');
  await expect(missing).toContainText('The stage-2 deadline must be set.');
  expect((await apiAs(officer, 'GET', `/tenders/${id}`)).json.status).toBe('pin_published');
  await missing.getByRole('link', { name: 'The stage-1 deadline must be set.' }).click();
  await expect(heading(page)).toHaveText('Timetable');
  await page.getByLabel('Clarification questions close').fill(inDays(20));
  await page.getByLabel('Stage 1 deadline for first bids').fill(inDays(30));
  await page.getByLabel('Stage 2 deadline for revised bids').fill(inDays(90));
  await page.getByRole('button', { name: 'Save the timetable' }).click();
  await expect(page.getByTestId('timetable-saved')).toBeVisible();
  await checkScreen(page, 'timetable', '36-timetable');
  const timetable = (await apiAs(officer, 'GET', `/tenders/${id}`)).json.timetable;
  expect(new Date(timetable.stage1_deadline).getTime()).toBe(new Date(inDays(30)).getTime());

  await page.getByRole('link', { name: 'Overview and stages' }).click();
  await page.getByRole('button', { name: 'Open stage 1 for bids' }).click();
  await expect(page.getByTestId('tender-status')).toHaveText('Stage 1 open for bids');
  expect((await apiAs(officer, 'GET', `/tenders/${id}`)).json.status).toBe('stage1_open');
  await checkScreen(page, 'tender overview', '37-tender-overview');

  // Frozen now: the details form is closed to changes.
  await page.getByRole('link', { name: 'Details', exact: true }).click();
  await expect(page.getByLabel('Title')).toBeDisabled();
});
