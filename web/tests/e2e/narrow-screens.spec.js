// Every role's screens at 320 px, and at 400 % zoom, in both reading modes: nothing
// scrolls sideways whatever fonts the machine has. Each page is checked three
// times: as drawn, with a wide font and letter-spacing forced on everything (a
// machine without the client's font), and with a long unbreakable word put into
// its headings, links, tables, tags and lists. The pages are drawn in the
// client's own Roboto, fetched from this service and nowhere else.
import { test, expect, scenario, signIn, expectNoSidewaysScroll } from './fixtures.js';

// Each test only reads, in a browser context of its own: they may run on different workers.
test.describe.configure({ mode: 'parallel', timeout: 240000 });

const EASY_READ = 'collabtender.easyRead'; // src/settings.js
const LONG = 'Commissioningcommissioningcommissioning';
const { officer, chair, admin } = scenario.users;
const pe = scenario.providerEntry;
const ws = scenario.workspace;
const evaluated = `/tenders/${scenario.tender.id}`;
const panelBid = (bid) => `/panels/${scenario.panel.id}/bids/${scenario.bids[bid].id}`;

// Who signs in (null: nobody) and the pages they see.
const roles = {
  'signed out': [null, ['/', '/help/words', '/help/accessibility', '/opportunities', `/opportunities/${pe.tender.id}`, '/forgot-password', '/welcome', '/confirm-email',
    '/register', '/register/confirm']],
  panellist: [chair, ['/panels', '/my-links', `/panels/${scenario.panel.id}/lots/${scenario.lots[0].id}`,
    `${panelBid('crops')}/panel-scores`, `${panelBid('crops')}/moderation`, '/notifications']],
  commissioner: [officer, ['/tenders', evaluated,
    ...['details', 'lots', 'criteria', 'gates', 'timetable', 'documents', 'sessions', 'panels', 'evaluation',
      `bids/${scenario.bids.crops.id}`, 'clarifications', 'checklist', 'records'].map((p) => `${evaluated}/${p}`),
    `/tenders/${scenario.commissioner.tender.id}/award`, '/panel-members', '/panel-members/invite']],
  'provider finding work': [pe.users.muirhouse, ['/work', '/opportunities', `/opportunities/${pe.tender.id}`,
    `/opportunities/${pe.tender.id}/lots/${pe.lots[0].id}/partners`, `/bids/${pe.outcome.bids.muirhouse.id}/feedback`,
    `/bids/${pe.outcome.bids.muirhouse.id}/outcome`, '/invitations', '/notifications/settings']],
  'provider writing a bid': [ws.users.lead, [`/bids/${ws.bids.journey}`, `/bids/${ws.bids.revising}/sections/response-0`,
    `/bids/${ws.bids.revising}/sections/response-0/history`, `/bids/${ws.bids.journey}/sign-off`,
    `/bids/${ws.bids.journey}/submit`, '/library', `/consortia/${ws.consortium}`]],
  admin: [admin, ['/', '/admin/organisations', '/admin/people', '/admin/people/invite', '/admin/settings', '/admin/outbox', '/admin/audit',
    '/account', '/account/two-factor', '/notifications']],
};

// Counts the requests the page has made and not yet finished (from before it signs in).
const inFlight = new WeakMap();
function countRequests(page) {
  let count = 0;
  page.on('request', () => { count += 1; });
  for (const end of ['requestfinished', 'requestfailed']) page.on(end, () => { count -= 1; });
  inFlight.set(page, () => count);
}

// Drawn as it will stay: data and fonts in. Not Playwright's 'networkidle', which
// also waits half a second of quiet after the last request, a minute over these pages.
async function open(page, path) {
  await page.goto(path);
  await expect(page.locator('#page-heading')).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
  await expect.poll(inFlight.get(page)).toBe(0);
  await page.evaluate(() => document.fonts.ready);
}

async function setEasyRead(page, on) {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [EASY_READ, on ? 'on' : 'off']);
}

// A machine without Roboto and with a wide sans-serif: the CSP allows no <style>,
// so the rule goes in through the CSSOM (a constructed style sheet).
async function forceWideFont(page) {
  const family = await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('*, *::before, *::after { font-family: "DejaVu Sans", Verdana, sans-serif !important; letter-spacing: 0.05em !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return getComputedStyle(document.querySelector('h1')).fontFamily;
  });
  expect(family).toContain('DejaVu Sans');
}

// A word longer than any screen is wide, in every kind of text that has overflowed before.
async function insertLongWords(page) {
  const where = await page.evaluate((word) => {
    const kinds = ['h1', 'h2', 'h3', '.site-header a', 'main a', 'main button', 'legend', 'label', 'th', 'td',
      '.ds_tag', 'dt', 'dd', 'li', 'p'];
    return kinds.filter((selector) => {
      const element = [...document.querySelectorAll(selector)].find((e) => e.offsetParent !== null);
      if (element) element.append(` ${word}`);
      return Boolean(element);
    });
  }, LONG);
  expect(where).toContain('h1');
}

async function checkPage(page, label) {
  await expectNoSidewaysScroll(page, label);
  await forceWideFont(page);
  await expectNoSidewaysScroll(page, `${label} in a wide font`);
  await insertLongWords(page);
  await expectNoSidewaysScroll(page, `${label} with long words`);
}

for (const [role, [user, paths]] of Object.entries(roles)) {
  test(`${role}: every page fits 320 px in both reading modes, in any font, with long words`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    countRequests(page);
    if (user) await signIn(page, user);
    else await page.goto('/');
    for (const easy of [false, true]) {
      await setEasyRead(page, easy);
      for (const path of paths) {
        await open(page, path);
        await expect(page.locator('html')).toHaveClass(easy ? /easy-read/ : /^(?!.*easy-read)/);
        await checkPage(page, `${path} (${role}, ${easy ? 'easy read' : 'standard'})`);
      }
    }
  });
}

// 400 % zoom of a 1280 × 1024 window is a 320 × 256 CSS px viewport drawn at four
// device pixels each. One page of each role, each role in a browser context of its own.
test('at 400 % zoom a page of each role fits in both reading modes, in any font, with long words', async ({ browser }) => {
  for (const [role, [user, paths]] of Object.entries(roles)) {
    const context = await browser.newContext({ viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 });
    const page = await context.newPage();
    countRequests(page);
    if (user) await signIn(page, user);
    else await page.goto('/');
    for (const easy of [false, true]) {
      await setEasyRead(page, easy);
      await open(page, paths.at(-1));
      await checkPage(page, `${paths.at(-1)} (${role}, ${easy ? 'easy read' : 'standard'}, 400 %)`);
    }
    await context.close();
  }
});

test('the pages are drawn in the client’s own Roboto, fetched from this service alone', async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const fonts = [];
  const elsewhere = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) elsewhere.push(request.url());
    if (url.pathname.endsWith('.woff2')) fonts.push(url);
  });
  countRequests(page);
  await signIn(page, officer);
  await open(page, '/tenders');
  for (const easy of [false, true]) {
    await setEasyRead(page, easy);
    await open(page, `${evaluated}/checklist`);
    const drawn = await page.evaluate(async () => {
      await document.fonts.ready;
      const family = (selector) => getComputedStyle(document.querySelector(selector)).fontFamily;
      return {
        families: ['body', 'h1', '.site-header__name', 'main p', 'button', 'input, textarea'].map(family),
        // check() is true for a family with no @font-face at all, so the faces are listed too.
        faces: [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Roboto' && f.status === 'loaded')
          .map((f) => `${f.weight} ${f.style}`),
        checked: document.fonts.check('16px Roboto') && document.fonts.check('bold 16px Roboto'),
        // Scottish Gaelic and Welsh letters: ŵ is in the latin-ext subset, which loads for it.
        extended: (await document.fonts.load('16px Roboto', 'Ŵŷ')).length,
      };
    });
    for (const family of drawn.families) expect(family).toMatch(/^Roboto\b/);
    expect(drawn.faces).toEqual(expect.arrayContaining(['400 normal', '700 normal']));
    expect(drawn.checked).toBe(true);
    expect(drawn.extended).toBeGreaterThan(0);
  }
  expect(fonts.length).toBeGreaterThan(0);
  for (const url of fonts) {
    expect(url.origin).toBe(origin);
    expect(url.pathname).toMatch(/^\/assets\/roboto-latin(-ext)?-(400|700)-normal-[\w-]+\.woff2$/);
  }
  expect(elsewhere).toEqual([]);
});
