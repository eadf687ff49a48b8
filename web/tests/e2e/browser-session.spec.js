// Browser sessions (issue 23 §5): signing in gives the browser an HttpOnly cookie that
// every tab shares, so a link opened from an email in a new tab is still signed in.
// Scripts never see the session; the page keeps only the CSRF token, which every change
// must carry. Signing out (here, or everywhere) reaches the other tabs and browsers.
import { test, expect, scenario, signIn, heading, checkScreen } from './fixtures.js';

const officer = scenario.users.officer;
// Signed out everywhere below: an admin of her own, so that no other spec's session ends with hers.
const admin = scenario.users.everywhere;
const tender = scenario.tender;

// The page's own storage, every key and value, as a script on the page reads it.
const storage = (page) => page.evaluate(() => ({
  local: Object.fromEntries(Object.entries(localStorage)),
  session: Object.fromEntries(Object.entries(sessionStorage)),
  cookie: document.cookie,
}));

test('a link opened in a new tab stays signed in; scripts cannot read the session', async ({ page, context }) => {
  await signIn(page, officer);
  await expect(heading(page)).toHaveText('Your tenders');

  const [cookie] = (await context.cookies()).filter((c) => c.name === 'collabtender_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api' });
  const seen = await storage(page);
  expect(seen.cookie).not.toContain('collabtender_session');
  expect(seen.session).toEqual({});
  expect(JSON.stringify(seen.local)).not.toContain(cookie.value);
  expect(seen.local['collabtender.csrf']).toMatch(/\S{20,}/); // a check value, useless without the cookie

  // An email's link, opened in a new tab of the same browser: no sign-in asked.
  const tab = await context.newPage();
  await tab.goto(`/tenders/${tender.id}`);
  await expect(heading(tab)).toHaveText(tender.title);
  await expect(tab.locator('header.site-header')).toContainText(`Signed in as ${officer.display_name}`);
  await tab.close();

  // A change without the page's CSRF token is refused, even with the cookie: a forged
  // sign-out does nothing.
  const forged = await page.evaluate(async () => {
    const response = await fetch('/api/v1/auth/logout', { method: 'POST' });
    return { status: response.status, type: (await response.json()).type };
  });
  expect(forged).toEqual({ status: 403, type: 'urn:collabtender:problem:csrf-token-invalid' });
  const fromPlaywright = await page.request.post('/api/v1/notifications/read-all');
  expect(fromPlaywright.status()).toBe(403);
  expect((await page.request.get('/api/v1/me')).status()).toBe(200);
  await page.reload();
  await expect(heading(page)).toHaveText('Your tenders');
});

test('a first visit asks no questions; signing out in one tab signs out the others', async ({ page, context }) => {
  // Nobody signed in yet: the sign-in page, with no message about a session ending.
  await page.goto('/notifications');
  await expect(heading(page)).toHaveText('Sign in');
  await expect(page.getByTestId('signed-out-message')).toHaveCount(0);
  await expect(page.getByTestId('announcer')).toBeEmpty();

  // Signing in from a deep link stays on it.
  await page.getByLabel('Email address').fill(officer.email);
  await page.getByLabel('Password').fill(officer.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(heading(page)).toHaveText('Notifications');

  const other = await context.newPage();
  await other.goto('/tenders');
  await expect(heading(other)).toHaveText('Your tenders');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(heading(page)).toHaveText('Sign in');
  await expect(page.getByTestId('announcer')).toHaveText('You have signed out.');
  // The other tab hears of it at once, and says why it now asks to sign in.
  await expect(heading(other)).toHaveText('Sign in');
  await expect(other.getByTestId('signed-out-message')).toContainText('You have been signed out');
  expect(await storage(other)).toMatchObject({ session: {} });
  expect((await storage(other)).local['collabtender.csrf']).toBeUndefined();
  expect((await context.cookies()).filter((c) => c.name === 'collabtender_session')).toEqual([]);
});

test('signing out everywhere ends the session in another browser too', async ({ browser }) => {
  const contexts = [];
  const open = async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, admin);
    await expect(heading(page)).toHaveText(`Welcome, ${admin.display_name}`);
    return page;
  };
  const laptop = await open();
  const phone = await open();

  // The account page, from the person's name in the header.
  await laptop.getByRole('link', { name: admin.display_name }).click();
  await expect(heading(laptop)).toHaveText('Your account');
  const account = laptop.getByTestId('account');
  await expect(account).toContainText(admin.email);
  await expect(account).toContainText('Edinburgh Health and Social Care Partnership');
  await checkScreen(laptop, 'your account', 'account');

  await laptop.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(heading(laptop)).toHaveText('Sign in');
  await expect(laptop.getByTestId('announcer')).toHaveText('You have signed out on every device.');

  // The other browser: its next page asks to sign in, and says why.
  await phone.getByRole('link', { name: /^Notifications/ }).click();
  await expect(heading(phone)).toHaveText('Sign in');
  await expect(phone.getByTestId('signed-out-message')).toContainText('You have been signed out');
  await phone.reload();
  await expect(heading(phone)).toHaveText('Sign in');
  for (const context of contexts) await context.close();
});
