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

// The service's answer to a request with extra headers (If-Match), with the user's own token.
export async function apiWith(user, method, path, body, headers) {
  const login = await fetch(`${scenario.api}/api/v1/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  const { token } = await login.json();
  const response = await fetch(`${scenario.api}/api/v1${path}`, {
    method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, json: await response.json().catch(() => null) };
}
