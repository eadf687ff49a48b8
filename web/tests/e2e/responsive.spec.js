// The scoring screens at phone, tablet and desktop widths: nothing scrolls sideways.
import { test, expect, scenario, signIn, apiAs, screenshot, heading, bidUrl, lotUrl, expectNoSidewaysScroll } from './fixtures.js';

const jo = scenario.users.jo;

test.beforeAll(async () => {
  const declared = await apiAs(jo, 'PUT', `/bids/${scenario.bids.him.id}/conflict-declaration`, { conflicted: false });
  expect(declared.status).toBe(200);
});

for (const width of [320, 768, 1280]) {
  test(`scoring screens fit ${width} px without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await signIn(page, jo);
    await expect(heading(page)).toHaveText('My panels');
    await expectNoSidewaysScroll(page);
    await page.goto(lotUrl(1));
    await expect(heading(page)).toHaveText('Lot 1: Welcome Team North West');
    await expectNoSidewaysScroll(page);
    for (const [i, title] of scenario.criteria.entries()) {
      await page.goto(`${bidUrl('him')}/questions/${i + 1}`);
      await expect(heading(page)).toHaveText(title);
      await expectNoSidewaysScroll(page);
      if (i === 0) await screenshot(page, `12-question-${width}px`);
    }
    await page.goto(`${bidUrl('him')}/review`);
    await expect(heading(page)).toHaveText('Check your scores before you send them');
    await expectNoSidewaysScroll(page);
    // The panel's scores and moderation tables, for a bid Jo has scored (seeded).
    await page.goto(`${bidUrl('crops')}/panel-scores`);
    await expect(heading(page)).toHaveText('The panel’s scores');
    await expectNoSidewaysScroll(page);
    if (width === 320) await screenshot(page, '13-panel-scores-320px');
    // Easy read at this width too.
    await page.getByRole('button', { name: 'Easy read' }).click();
    await page.goto(`${bidUrl('him')}/questions/1`);
    await expect(heading(page)).toHaveText(scenario.criteria[0]);
    await expectNoSidewaysScroll(page);
    if (width === 320) await screenshot(page, '14-question-320px-easy-read');
    await page.getByRole('button', { name: 'Easy read' }).click();
  });
}
