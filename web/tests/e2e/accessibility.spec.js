// axe on every screen, in normal and easy-read modes: zero WCAG 2.2 AA violations.
import {
  test, expect, scenario, signIn, screenshot, heading, bidUrl, lotUrl, choose, bothModes, expectAccessible,
} from './fixtures.js';

// moderation.spec.js records the agreed scores for the bid whose empty moderation form
// is checked here: the lock runs them one at a time.
test.describe.configure({ lock: 'crops-moderation' });

test('every panellist screen passes axe in both modes', async ({ page }) => {
  const ash = scenario.users.ash;
  await page.goto('/');
  await expect(heading(page)).toHaveText('Sign in');
  await bothModes(page, 'sign in');
  await signIn(page, ash);
  await expect(heading(page)).toHaveText('My panels');
  await bothModes(page, 'my panels');
  await page.goto(lotUrl(1));
  await expect(heading(page)).toHaveText('Lot 1: Welcome Team North West');
  await bothModes(page, 'lot bids');

  const base = bidUrl('him');
  await page.goto(`${base}/conflict`);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await bothModes(page, 'conflict question with an error');
  await choose(page, 'No, I have no link to it');
  await page.getByRole('button', { name: 'Continue' }).click();

  for (const [i, title] of scenario.criteria.entries()) {
    await expect(heading(page)).toHaveText(title);
    await choose(page, /^2 – /);
    await page.getByLabel('Why did you give this score?').fill(`Reason ${i + 1}: meets what was asked.`);
    await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);
    if (i === 0) await bothModes(page, 'scoring a question');
    await page.getByRole('button', { name: /^Next:/ }).click();
  }
  await expect(heading(page)).toHaveText('Check your scores before you send them');
  await bothModes(page, 'review');
  await page.getByRole('button', { name: 'Submit my scores' }).click();
  await expect(heading(page)).toHaveText('Your scores have been sent');
  await bothModes(page, 'confirmation');
  await page.getByRole('link', { name: 'See the panel’s scores' }).click();
  await expect(heading(page)).toHaveText('The panel’s scores');
  await bothModes(page, 'panel scores');

  // The easy-read setting is remembered on this device.
  await page.getByRole('button', { name: 'Easy read' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/easy-read/);
  await expect(page.getByRole('button', { name: 'Easy read' })).toHaveAttribute('aria-pressed', 'true');
  await screenshot(page, '10-panel-scores-easy-read');
  await page.getByRole('button', { name: 'Easy read' }).click();

  await page.goto('/help/words');
  await bothModes(page, 'what the words mean');
  await page.goto('/help/accessibility');
  await bothModes(page, 'accessibility');
});

test('the conflicted and moderation screens pass axe in both modes', async ({ page }) => {
  await signIn(page, scenario.users.chair);
  await page.goto(`${bidUrl('crops')}/moderation`);
  await expect(heading(page)).toHaveText('Agree the final scores');
  await bothModes(page, 'moderation');
  await page.getByTestId('consensus-form-0').getByRole('button', { name: /Save the agreed score/ }).click();
  await expect(page.getByTestId('consensus-form-0').getByText('Write down why the panel agreed this score')).toBeVisible();
  await bothModes(page, 'moderation with an error');

  await page.goto(`${bidUrl('arts')}/conflict`);
  await choose(page, 'Yes, I have a link');
  await page.getByLabel('What is the link?').fill('My sister works there.');
  await page.getByRole('button', { name: 'Continue' }).click();
  // The check step itself is scanned in both modes, and at 320 px, by conflicted.spec.js.
  await page.getByRole('button', { name: 'Declare the conflict' }).click();
  await expect(heading(page)).toHaveText('You will not score this bid');
  await bothModes(page, 'conflicted');
});

// The check itself fails when it should: a button with no name, put into a page, is reported.
test('the axe check reports a fault when a page has one', async ({ page }) => {
  await page.goto('/');
  await expect(heading(page)).toHaveText('Sign in');
  await page.evaluate(() => document.querySelector('main').append(document.createElement('button')));
  await expect(expectAccessible(page, 'sign in with a nameless button')).rejects.toThrow(/button-name \(critical\)/);
});
