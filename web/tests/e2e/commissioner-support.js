// What the commissioner's specs share: the officer, both seeded tenders, axe in
// both reading modes with a check for sideways scrolling at 320 px, and paths.
import { scenario } from './fixtures.js';

export { checkScreen } from './fixtures.js';

export const officer = scenario.users.officer;
export const evaluated = scenario.tender; // stage 1 evaluation, the panel's scores seeded
export const awarding = scenario.commissioner.tender; // stage 2 evaluated, ready to rank and award
export const tenderUrl = (tender, page = '') => `/tenders/${tender.id}${page ? `/${page}` : ''}`;

// Tabs until the focused element matches, as a keyboard user would.
export async function tabTo(page, check, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(check)) return;
  }
  throw new Error(`never reached by Tab: ${check}`);
}
export const focusedText = (text) =>
  new Function(`const e = document.activeElement; return e !== document.body && (e?.textContent ?? '').trim() === ${JSON.stringify(text)}`);
export const focusedId = (id) => new Function(`return document.activeElement?.id === ${JSON.stringify(id)}`);

// A request with extra headers (If-Match), with the user's own token: apiAs does it.
export { apiAs as apiWith } from './fixtures.js';
