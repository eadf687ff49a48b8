// A commissioner who uses only the keyboard creates a tender, adds a lot and its
// criteria, and publishes the notice: no mouse click anywhere.
import { test, expect, apiAs, heading } from './fixtures.js';
import { officer, tabTo, focusedText, focusedId } from './commissioner-support.js';

// Long journeys with axe in two modes on every screen: room for a busy two-core machine.
test.describe.configure({ timeout: 180000 });

test('a keyboard-only commissioner creates a tender with a lot and criteria and publishes its notice', async ({ page }) => {
  const reference = `EDI-KEYS-${Date.now()}`;
  await page.goto('/');
  await expect(heading(page)).toHaveText('Sign in');
  await tabTo(page, focusedId('email'));
  await page.keyboard.type(officer.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(officer.password);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Your tenders');
  await expect(heading(page)).toBeFocused();

  await tabTo(page, focusedText('Create a tender'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Create a tender');
  await expect(heading(page)).toBeFocused();
  for (const [id, text] of [
    ['reference', reference], ['title', 'Keyboard day services'], ['description', 'Day services planned by keyboard.'],
    ['contract_term_months', '48'], ['estimated_value_pence', '1200000'],
    ['partnership_statement', 'Partnership bids are welcome.'], ['pin_summary', 'One lot of day services.'],
  ]) {
    await tabTo(page, focusedId(id));
    await page.keyboard.type(text);
  }
  await tabTo(page, focusedText('Create the tender'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Keyboard day services');
  await expect(heading(page)).toBeFocused();
  const id = new URL(page.url()).pathname.split('/')[2];

  await tabTo(page, focusedText('Lots'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Lots');
  // Each new page moves the focus to its heading once drawn: Tab only from there.
  await expect(heading(page)).toBeFocused();
  await tabTo(page, focusedText('Add a lot'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Add a lot');
  await expect(heading(page)).toBeFocused();
  for (const [field, text] of [['title', 'Keyboard lot'], ['description', 'All of it.'], ['locality_or_theme', 'Citywide'],
    ['annual_value_pence', '300000']]) {
    await tabTo(page, focusedId(field));
    await page.keyboard.type(text);
  }
  await page.keyboard.press('Enter'); // submits the form from a text box
  await expect(heading(page)).toHaveText('Lots');
  await expect(heading(page)).toBeFocused();
  await expect(page.getByTestId('lot-1')).toContainText('Lot 1: Keyboard lot');

  await tabTo(page, focusedText('Award criteria and scale'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Award criteria and scale');
  await expect(heading(page)).toBeFocused();
  await tabTo(page, focusedId('criteria-0-title'));
  await page.keyboard.type('Person-led support');
  await page.keyboard.press('Tab');
  await expect(page.locator('#criteria-0-weight')).toBeFocused();
  await page.keyboard.type('100');
  await tabTo(page, focusedText('Save the criteria and scale'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('criteria-saved')).toBeVisible();

  await tabTo(page, focusedText('Overview and stages'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Keyboard day services');
  await expect(heading(page)).toBeFocused();
  await tabTo(page, focusedText('Publish the prior information notice'));
  await page.keyboard.press('Enter');
  // The check step takes the focus; Tab reaches its confirm button.
  await expect(page.getByRole('heading', { name: 'Check before you publish the notice' })).toBeFocused();
  await tabTo(page, focusedText('Publish the notice'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tender-status')).toHaveText('Prior information notice published');

  const tender = (await apiAs(officer, 'GET', `/tenders/${id}`)).json;
  expect(tender).toMatchObject({ reference, status: 'pin_published', contract_term_months: 48, estimated_value_pence: 120000000 });
  expect((await apiAs(officer, 'GET', `/tenders/${id}/lots`)).json.items).toMatchObject([{ number: 1, title: 'Keyboard lot', annual_value_pence: 30000000 }]);
  expect((await apiAs(officer, 'GET', `/tenders/${id}/criteria`)).json.criteria).toMatchObject([{ title: 'Person-led support', weight: 100 }]);
});
