// What the bid workspace specs share: the seeded workspace, and one check of a
// screen (axe in normal and easy-read modes, no sideways scrolling at 320 px, a
// screenshot).
import { scenario } from './fixtures.js';

export { bothModes, checkScreen } from './fixtures.js';

export const ws = scenario.workspace;
export const bidUrl = (key) => `/bids/${ws.bids[key]}`;
export const sectionUrl = (key, section) => `${bidUrl(key)}/sections/${section}`;

// Presses Tab until the element has the focus (at most `limit` times).
export async function tabTo(page, locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element with the Tab key');
}

// A request with extra headers (If-Match), with the user's own token: apiAs does it.
export { apiAs as apiWith } from './fixtures.js';
