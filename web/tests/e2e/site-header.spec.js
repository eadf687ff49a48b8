// The site header on a phone (320 × 640): two short rows, the name and then the
// easy-read switch with "Menu"; notifications, the person's name (a link to their
// account) and sign-out fold behind "Menu", a real button (aria-expanded) that works
// by keyboard. On a wide screen there is no menu: everything shows.
import { test, expect, scenario, signIn, heading, bothModes } from './fixtures.js';

const officer = scenario.users.officer;
const header = (page) => page.locator('header.site-header');
const screenshot = (page, name) => header(page).screenshot({ path: `test-results/screenshots/${name}.png` });
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return (e.getAttribute('aria-label') ?? e.innerText).replace(/\s+/g, ' ').trim(); // as shown
});

async function headerHeight(page, easy) {
  await page.evaluate((on) => localStorage.setItem('collabtender.easyRead', on ? 'on' : 'off'), easy);
  await page.reload();
  await expect(heading(page)).toHaveText('Your tenders');
  return Math.round((await header(page).boundingBox()).height);
}

test('at 320 × 640 the header is two short rows, and its menu works by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signIn(page, officer);
  await expect(heading(page)).toHaveText('Your tenders');
  expect(await headerHeight(page, false)).toBeLessThanOrEqual(120);
  expect(await headerHeight(page, true)).toBeLessThanOrEqual(140);
  await screenshot(page, 'header-320px-easy-read');
  expect(await headerHeight(page, false)).toBeLessThanOrEqual(120);
  await screenshot(page, 'header-320px');

  const menu = page.getByTestId('menu-button');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toHaveAttribute('aria-controls', 'site-menu');
  // The officer has unread notifications: the folded menu says how many.
  await expect(menu).toHaveAccessibleName(/^Menu, \d+ unread$/);
  await expect(page.getByTestId('notifications-link')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Easy read' })).toBeVisible();

  // From the top of the page by Tab alone: every control of the header in turn.
  const order = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    order.push(await focused(page));
  }
  expect(order).toEqual(['Skip to main content', 'Collabtender', 'Easy read OFF', expect.stringMatching(/^Menu/)]);
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#site-menu')).toBeVisible();
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatch(/^Notifications/);
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe(`${officer.display_name}, your account`);
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe('Sign out');
  await screenshot(page, 'header-320px-menu-open');
  await bothModes(page, 'header with the menu open at 320 px');

  // Escape folds the menu and gives the focus back to its button; Space opens it again.
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await expect(page.getByTestId('notifications-link')).toBeHidden();
  await page.keyboard.press(' ');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Notifications');
  await expect(menu).toHaveAttribute('aria-expanded', 'false'); // a new page starts folded
});

test('on a wide screen the header has no menu button: everything shows', async ({ page }) => {
  await signIn(page, officer);
  await expect(heading(page)).toHaveText('Your tenders');
  await expect(page.getByTestId('menu-button')).toBeHidden();
  await expect(page.getByTestId('notifications-link')).toBeVisible();
  await expect(header(page)).toContainText(`Signed in as ${officer.display_name}`);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});
