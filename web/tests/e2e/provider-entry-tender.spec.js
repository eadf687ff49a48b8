// The tender's details beyond the main journey: nothing typed on the partner
// register is lost when the connection drops (kept, then sent once online), an
// entry changed and removed, the early notice (PIN) page, and asking the
// commissioner a question that stays private.
import {
  test, expect, scenario, signIn, apiAs, screenshot, heading, expectAccessible, expectNoSidewaysScroll,
} from './fixtures.js';

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
