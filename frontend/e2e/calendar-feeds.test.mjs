// End-to-end: subscribing to committee dates. The pages show the feed's address; the address they show is a calendar.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, launch, newPage, screenshot, settled } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const GERMAN = {
  title: 'Termine abonnieren',
  link: 'Im Kalender abonnieren',
  field: 'Adresse des Kalenders',
  copy: 'Link kopieren',
  copied: 'Der Link wurde kopiert.',
};

/** Checks the subscription section of the page and fetches the feed it shows; returns the feed's text. */
async function checkSubscription(page, { title, link, field, copy, copied }) {
  const section = page.getByRole('region', { name: title });
  await section.waitFor();
  const url = await section.getByLabel(field).inputValue();
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/.+\/presentations\.ics$/);
  assert.equal(await section.getByRole('link', { name: link }).getAttribute('href'), url.replace(/^http:/, 'webcal:'));

  await section.getByRole('button', { name: copy }).click();
  await section.getByText(copied).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);

  const response = await page.request.get(url);
  assert.equal(response.status(), 200);
  assert.match(response.headers()['content-type'], /^text\/calendar; ?charset=utf-8/i);
  const text = await response.text();
  assert.ok(text.startsWith('BEGIN:VCALENDAR\r\n'), text.slice(0, 80));
  assert.ok(text.endsWith('END:VCALENDAR\r\n'));
  assert.match(text, /\r\nMETHOD:PUBLISH\r\n/);
  assert.match(text, /\r\nBEGIN:VTIMEZONE\r\nTZID:Europe\/Berlin\r\n/);
  assert.match(text, /\r\nBEGIN:VEVENT\r\nUID:[0-9a-f-]{36}@ihk-presentation\r\n/);
  for (const line of text.split('\r\n')) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, line);
  }
  return text.replace(/\r\n /g, '');
}

describe('calendar feeds', () => {
  test('the committee dates of an area can be subscribed to', async () => {
    const page = await newPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/areas/schinkel/committee-dates');
    await settled(page);
    const feed = await checkSubscription(page, GERMAN);
    assert.match(feed, /\r\nX-WR-CALNAME:Ausschusstermine – Sanierungsgebiet Schinkel\r\n/);
    assert.match(feed, /\r\nSUMMARY:Jugendhilfeausschuss: /);
    await screenshot(page, 'calendar-subscription');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('a committee has a page with its dates to subscribe to, in German and English', async () => {
    const page = await newPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/areas/schinkel/committee-dates');
    await settled(page);
    // the dates of one committee name it with a link to its page
    await page.getByLabel('Ausschuss', { exact: true }).selectOption({ label: 'Jugendhilfeausschuss (JHA)' });
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await page.waitForURL(/committee=/);
    await settled(page);
    await page.locator('.committee-about a', { hasText: 'Jugendhilfeausschuss' }).first().click();
    await page.waitForURL('**/committees/*');
    await settled(page);
    assert.match(await page.locator('h1').textContent(), /^Jugendhilfeausschuss/);
    const feed = await checkSubscription(page, GERMAN);
    assert.match(feed, /\r\nX-WR-CALNAME:Ausschusstermine – Jugendhilfeausschuss\r\n/);
    assert.doesNotMatch(feed, /\r\nSUMMARY:(?!Jugendhilfeausschuss: )/);
    assert.deepEqual(await axeViolations(page), []);

    await page.goto(page.url().replace(/\/committees\//, '/en/committees/'));
    await settled(page);
    await checkSubscription(page, {
      title: 'Subscribe to dates',
      link: 'Subscribe in your calendar',
      field: 'Address of the calendar',
      copy: 'Copy link',
      copied: 'The link has been copied.',
    });
    await screenshot(page, 'en-committee');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
