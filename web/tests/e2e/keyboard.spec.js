// A panellist who uses only the keyboard: no mouse click anywhere.
import { test, expect, scenario, apiAs, heading } from './fixtures.js';

const kim = scenario.users.kim;
const bid = scenario.bids.northWest;

// Tabs until the focused element matches, as a keyboard user would.
async function tabTo(page, test, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(test)) return;
  }
  throw new Error(`never reached by Tab: ${test}`);
}
const focusedText = (text) =>
  new Function(`const e = document.activeElement; return e !== document.body && (e?.textContent ?? '').includes(${JSON.stringify(text)})`);
const focusedId = (id) => new Function(`return document.activeElement?.id === ${JSON.stringify(id)}`);

test('a keyboard-only panellist scores and submits a bid', async ({ page }) => {
  await page.goto('/');
  await expect(heading(page)).toHaveText('Sign in');
  await tabTo(page, focusedText('Skip to main content'));
  await tabTo(page, focusedId('email'));
  await page.keyboard.type(kim.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(kim.password);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('My panels');

  await tabTo(page, focusedText('Lot 1: Welcome Team North West'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Lot 1: Welcome Team North West');
  await expect(heading(page)).toBeFocused();
  await tabTo(page, focusedText(`Start for ${bid.name}`));
  await page.keyboard.press('Enter');

  await expect(heading(page)).toHaveText('Do you have a conflict of interest?');
  await expect(heading(page)).toBeFocused(); // then Tab: the page moves the focus there once drawn
  await tabTo(page, focusedId('conflict-no'));
  await page.keyboard.press('Space');
  await expect(page.locator('#conflict-no')).toBeChecked();
  await page.keyboard.press('Tab'); // the radio group is one stop; next is Continue
  await page.keyboard.press('Enter');

  for (const [i, title] of scenario.criteria.entries()) {
    await expect(heading(page)).toHaveText(title);
    await expect(heading(page)).toBeFocused();
    await tabTo(page, new Function(`return document.activeElement?.name === 'score'`));
    // Arrow keys move through the scale: from nothing chosen, Space picks the first (0), then up to 3.
    await page.keyboard.press('Space');
    for (let n = 0; n < 3; n++) await page.keyboard.press('ArrowDown');
    await expect(page.locator('#score-3')).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.locator('#justification')).toBeFocused();
    await page.keyboard.type(`Keyboard reason ${i + 1}.`);
    await expect(page.getByTestId('save-status')).toHaveText(/Saved at/);
    await tabTo(page, focusedText('Next:'));
    await page.keyboard.press('Enter');
  }

  await expect(heading(page)).toHaveText('Check your scores before you send them');
  await tabTo(page, focusedText('Submit my scores'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Your scores have been sent');
  await expect(heading(page)).toBeFocused();

  const sent = await apiAs(kim, 'GET', `/bids/${bid.id}/my-scores`);
  expect(sent.json.submitted_at).not.toBeNull();
  expect(sent.json.criteria.map((c) => [c.score, c.justification])).toEqual([
    [3, 'Keyboard reason 1.'], [3, 'Keyboard reason 2.'], [3, 'Keyboard reason 3.'],
  ]);

  await tabTo(page, focusedText('See the panel’s scores'));
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('The panel’s scores');
  await tabTo(page, new Function(`return document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent === 'Sign out'`), 200);
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Sign in');
});
