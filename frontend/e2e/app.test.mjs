// End-to-end tests of the web app against the real backend with the demo data (see `make e2e`).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { axeViolations, BASE_URL, focusedText, launch, newPage, RESULTS, screenshot, settled, tabTo } from './support.mjs';

const KJF = '00000000-0000-4000-8000-000000006003'; // action field "Kinder, Jugend und Familie"
const BQ01 = '00000000-0000-4000-8000-000000008001'; // measure "Jugend stärken im Quartier (JUSTiQ)"
const NEED = '00000000-0000-4000-8000-000000007001';
const SCHOOL = '00000000-0000-4000-8000-000000011002'; // indicator "Schulabgängerinnen und -abgänger ohne Hauptschulabschluss"

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const isLink = (el, text) => el.tagName === 'A' && el.textContent.trim() === text;

/** The layout shifts of the page so far, without those right after input (its CLS). */
const cumulativeLayoutShift = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) sum += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 300);
      }),
  );

describe('navigation', () => {
  test('start → area → action field → need → measure', async () => {
    const page = await newPage(browser);
    await page.goto('/');
    await settled(page);
    assert.equal(await page.locator('h1').textContent(), 'Integrierte Handlungskonzepte');
    await page.getByRole('link', { name: 'Sanierungsgebiet Schinkel' }).click();

    await page.waitForURL('**/areas/schinkel');
    await settled(page);
    assert.equal(await page.locator('h1').textContent(), 'Sanierungsgebiet Schinkel');
    assert.match(await page.locator('.key-figures').textContent(), /94,01 ha/);
    await page.getByRole('link', { name: 'Kinder, Jugend und Familie' }).click();

    await page.waitForURL(`**/areas/schinkel/action-fields/${KJF}`);
    await settled(page);
    assert.equal(await page.locator('h1').textContent(), 'Kinder, Jugend und Familie');
    const needLink = page.locator('.need h3 a').first();
    const needTitle = (await needLink.textContent()).trim();
    await needLink.click();

    await page.waitForURL('**/areas/schinkel/needs/*');
    await settled(page);
    assert.equal(await page.locator('h1').textContent(), needTitle);
    const measureLink = page.locator('.need__measure a').first();
    const measureTitle = (await measureLink.textContent()).trim();
    await measureLink.click();

    await page.waitForURL('**/areas/schinkel/measures/*');
    await settled(page);
    assert.ok(measureTitle.endsWith((await page.locator('h1').textContent()).trim()));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('an action field shows needs without a measure as such', async () => {
    const page = await newPage(browser);
    await page.goto('/areas/schinkel/action-fields/00000000-0000-4000-8000-000000006001'); // Integration: 1 uncovered
    await settled(page);
    assert.equal(await page.locator('.need--uncovered').count(), 1);
    assert.match(await page.locator('.need--uncovered').textContent(), /Ohne Maßnahme/);
    await page.context().close();
  });

  test('a deep link loads directly and an unknown page says so', async () => {
    const page = await newPage(browser);
    const response = await page.goto(`/areas/schinkel/measures/${BQ01}`);
    assert.equal(response.status(), 200);
    await settled(page);
    assert.equal(await page.locator('h1').textContent(), 'Jugend stärken im Quartier (JUSTiQ)');
    await page.goto('/areas/schinkel/measures/00000000-0000-4000-8000-000000000000');
    await settled(page);
    assert.match(await page.getByRole('alert').textContent(), /nicht gefunden/);
    await page.context().close();
  });
});

describe('indicators', () => {
  test('a reader sees how an indicator developed against its target, on the area page and its own page', async () => {
    const page = await newPage(browser);
    await page.goto('/areas/schinkel');
    await settled(page);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Indikatoren', level: 2 }) });
    const card = section.locator('li', { hasText: 'ohne Hauptschulabschluss' });
    assert.match(await card.textContent(), /Zuletzt \(2025\)9,8\s%/);
    assert.match(await card.textContent(), /gesunken seit 2024 \(−0,6\sProzentpunkte\) – eine Verbesserung/);
    assert.match(await card.textContent(), /noch 1,8\sProzentpunkte bis zum Ziel 2028/);
    await card.getByRole('link').click();

    await page.waitForURL(`**/areas/schinkel/indicators/${SCHOOL}`);
    await settled(page);
    assert.equal(await page.locator('h1').textContent(), 'Schulabgängerinnen und -abgänger ohne Hauptschulabschluss');
    const chart = page.getByRole('img', { name: /^Liniendiagramm: Schulabgängerinnen/ });
    assert.match(await chart.getAttribute('aria-labelledby'), /desc/);
    const table = page.getByRole('table', { name: /Werte von/ });
    assert.equal(await table.locator('tbody tr').count(), 9);
    assert.match(await table.locator('tbody tr').last().textContent(), /^20259,8\s%5,9\s%/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});

describe('measure list', () => {
  test('filters live in the URL and survive a reload', async () => {
    const page = await newPage(browser);
    await page.goto('/areas/schinkel/measures');
    await settled(page);
    await page.getByLabel('Zielgruppe').selectOption('YOUTH');
    await page.getByLabel('In Umsetzung').check();
    await page.getByLabel('Verstetigt').check();
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await page.waitForURL(/targetGroup=YOUTH/);
    await settled(page);
    const url = new URL(page.url());
    assert.deepEqual(url.searchParams.getAll('status'), ['IN_PROGRESS', 'ONGOING']);
    assert.equal(await page.locator('.results__count').textContent(), '5 Maßnahmen gefunden.');
    const titles = await page.locator('.measure-item h3').allTextContents();

    await page.reload();
    await settled(page);
    assert.equal(await page.locator('.results__count').textContent(), '5 Maßnahmen gefunden.');
    assert.deepEqual(await page.locator('.measure-item h3').allTextContents(), titles);
    assert.equal(await page.getByLabel('Zielgruppe').inputValue(), 'YOUTH');
    assert.ok(await page.getByLabel('In Umsetzung').isChecked());
    assert.ok(!(await page.getByLabel('Geplant').isChecked()));
    await screenshot(page, 'measures-filtered');
    await page.context().close();
  });

  test('paging and sorting live in the URL and survive a reload', async () => {
    const page = await newPage(browser);
    await page.goto('/areas/schinkel/measures?sort=-progress');
    await settled(page);
    // 26 demo measures, one of them (KJF-06) a draft that the public does not see
    assert.match(await page.locator('.results__count').textContent(), /25 Maßnahmen gefunden, Seite 1 von 3/);
    await page.getByRole('link', { name: 'Nächste Seite' }).click();
    await page.waitForURL(/page=2/);
    await settled(page);
    assert.match(await page.locator('.results__count').textContent(), /Seite 2 von 3/);
    const titles = await page.locator('.measure-item h3').allTextContents();
    assert.equal(titles.length, 10);

    await page.reload();
    await settled(page);
    assert.deepEqual(await page.locator('.measure-item h3').allTextContents(), titles);
    assert.equal(await page.getByLabel('Sortierung').inputValue(), '-progress');
    assert.equal(await page.locator('.pagination [aria-current="page"]').textContent(), '2');
    await page.context().close();
  });

  test('the timeline shows the periods of the filtered measures', async () => {
    const page = await newPage(browser);
    await page.goto('/areas/schinkel/measures?view=timeline&targetGroup=YOUTH');
    await settled(page);
    assert.ok((await page.locator('.timeline__row').count()) > 0);
    assert.match(await page.locator('.timeline').textContent(), /Jugend stärken im Quartier/);
    await page.context().close();
  });
});

describe('loading', () => {
  test('the area page fetches its overview and its code once, preloaded while the app loads', async () => {
    const page = await newPage(browser);
    const overviews = [];
    const warnings = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/areas/schinkel/overview')) overviews.push(request.resourceType());
    });
    page.on('console', (message) => {
      if (message.type() === 'warning' && /preload/i.test(message.text())) warnings.push(message.text());
    });
    const response = await page.goto('/areas/schinkel');
    const html = await response.text();
    assert.match(html, /<link rel="preload" as="fetch" crossorigin="use-credentials" href="\/api\/v1\/areas\/schinkel\/overview">/);
    // (the page arrives pre-rendered: the route's code is among the modules it requests once it has been painted)
    assert.match(html, /data-modules="[^"]* \/assets\/area-[^" ]+\.js[ "]/);
    await settled(page);
    assert.equal(await page.locator('h1').textContent(), 'Sanierungsgebiet Schinkel');
    // the app's own request was answered by the preload (Chromium reports the preload, not a second fetch)
    assert.deepEqual(overviews, ['other']);
    assert.deepEqual(warnings, []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});

describe('search', () => {
  test('the header search finds measures and highlights the matches', async () => {
    const page = await newPage(browser);
    await page.goto('/areas/schinkel');
    await settled(page);
    await page.getByRole('searchbox', { name: 'Im Fördergebiet suchen' }).fill('Spielplatz');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=Spielplatz&area=schinkel/);
    await settled(page);
    assert.equal(await page.locator('h1').textContent(), 'Suche nach „Spielplatz“');
    assert.ok(await page.getByRole('heading', { name: /^Maßnahmen/ }).isVisible());
    const marks = await page.locator('.search-result__snippet mark').allTextContents();
    assert.ok(marks.length > 0);
    assert.ok(marks.every((m) => /spielpl/i.test(m)), marks.join(', '));
    await page.getByRole('link', { name: 'Spielplatz Schützenstraße' }).click();
    await page.waitForURL('**/areas/schinkel/measures/*');
    await settled(page);
    assert.equal(await page.locator('h1').textContent(), 'Spielplatz Schützenstraße');
    await page.context().close();
  });
});

describe('language', () => {
  test('switching to English and back keeps the page and sets the lang attribute', async () => {
    const page = await newPage(browser);
    await page.goto('/areas/schinkel/measures?targetGroup=YOUTH');
    await settled(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/areas\/schinkel\/measures\?targetGroup=YOUTH$/);
    await settled(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.locator('h1').textContent(), 'Measures');
    assert.ok(await page.getByRole('button', { name: 'Apply filters' }).isVisible());
    assert.match(await page.title(), /Integrated Action Concept/);
    // The content stays German and says so, for screen readers.
    assert.equal(await page.locator('.measure-item h3').first().getAttribute('lang'), 'de');

    await page.reload();
    await settled(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForURL(/\/areas\/schinkel\/measures\?targetGroup=YOUTH$/);
    await settled(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await page.locator('.measure-item h3').first().getAttribute('lang'), null);
    assert.equal(await page.locator('h1').textContent(), 'Maßnahmen');
    await page.context().close();
  });
});

/**
 * A resident switches to Leichte Sprache with the keyboard: larger type, plain navigation and status names, the
 * Leichte Sprache summaries of the area and an action field, a note on a measure that has none (its usual text
 * follows), axe clean throughout, and back to everyday German.
 */
test('Leichte Sprache: a resident switches, reads the plain summaries, and switches back', async () => {
  const page = await newPage(browser);
  await page.goto('/areas/schinkel');
  await settled(page);
  const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const normalSize = await fontSize();
  await tabTo(page, isLink, 'Leichte Sprache');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === '/ls/areas/schinkel');
  await settled(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.ok((await fontSize()) >= normalSize * 1.2, 'larger type');
  const summary = page.locator('.easy-language-summary');
  assert.equal(await summary.getByRole('heading', { level: 2 }).textContent(), 'Das Wichtigste in Leichter Sprache');
  assert.equal(await summary.locator('p').first().textContent(), 'Der Schinkel ist ein Stadt-Teil im Osten von Osnabrück.');
  assert.ok(await page.getByRole('navigation', { name: 'Fördergebiet' }).getByRole('link', { name: 'Über-Blick' }).isVisible());
  assert.ok(await page.getByRole('link', { name: 'Alltags-Sprache' }).isVisible());
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'leichte-sprache-area');

  // links stay in Leichte Sprache
  await page.getByRole('link', { name: 'Kinder, Jugend und Familie' }).first().click();
  await page.waitForURL(`**/ls/areas/schinkel/action-fields/${KJF}`);
  await settled(page);
  assert.match(await summary.textContent(), /In diesem Handlungs-Feld geht es um Kinder, junge Menschen und Familien\./);
  assert.deepEqual(await axeViolations(page), []);

  // a deep link to a measure without a summary in Leichte Sprache: says so, then the usual text
  await page.goto(`/ls/areas/schinkel/measures/${BQ01}`);
  await settled(page);
  assert.match(await page.getByRole('note').textContent(), /Diese Seite gibt es noch nicht in Leichter Sprache\./);
  assert.ok(await page.locator('.lead').isVisible());
  assert.equal(await page.locator('.measure-status .status-badge').textContent(), 'Die Arbeit läuft');
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'leichte-sprache-measure');

  await page.getByRole('link', { name: 'Alltags-Sprache' }).click();
  await page.waitForURL((url) => url.pathname === `/areas/schinkel/measures/${BQ01}`);
  await settled(page);
  assert.equal(await page.getByRole('note').count(), 0);
  assert.equal(await fontSize(), normalSize);
  assert.ok(await page.getByRole('link', { name: 'Leichte Sprache' }).isVisible());
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the language chosen with the switch is remembered for the bare address', async () => {
  const page = await newPage(browser);
  await page.goto('/');
  await settled(page);
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForURL(/\/en$/);
  await page.goto('/');
  await page.waitForURL(/\/en$/);
  await settled(page);
  assert.equal(await page.locator('h1').textContent(), 'Integrated action concepts');
  await page.getByRole('link', { name: 'Deutsch' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.goto('/');
  await settled(page);
  assert.equal(new URL(page.url()).pathname, '/');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  await page.context().close();
});

/**
 * The definition of done: find the measures for young people in Schinkel that are in progress, see who runs
 * them and when they were presented to which committee – with the keyboard alone, in German and in English.
 */
for (const lang of [
  { prefix: '', measures: 'Maßnahmen', apply: 'Filter anwenden', count: '5 Maßnahmen gefunden.', lead: 'Federführung', presented: 'Vorgestellt in Ausschüssen', date: '15. Juni 2022' },
  { prefix: '/en', measures: 'Measures', apply: 'Apply filters', count: '5 measures found.', lead: 'Lead', presented: 'Presented in committees', date: '15 June 2022' },
]) {
  test(`keyboard only (${lang.prefix || '/de'}): youth measures in progress, who runs them, which committee`, async () => {
    const page = await newPage(browser);
    await page.goto(`${lang.prefix}/`);
    await settled(page);

    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');

    await tabTo(page, isLink, 'Sanierungsgebiet Schinkel');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${lang.prefix}/areas/schinkel`);
    await settled(page);

    await tabTo(page, (el, text) => el.tagName === 'A' && el.closest('nav') && el.textContent.trim() === text, lang.measures);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${lang.prefix}/areas/schinkel/measures`);
    await settled(page);

    await tabTo(page, (el) => el.tagName === 'SELECT' && el.name === 'targetGroup');
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement.value)) !== 'YOUTH'; i++) {
      await page.keyboard.press('ArrowDown');
    }
    assert.equal(await page.evaluate(() => document.activeElement.value), 'YOUTH');
    for (const status of ['IN_PROGRESS', 'ONGOING']) {
      await tabTo(page, (el, s) => el.type === 'checkbox' && el.value === s, status);
      await page.keyboard.press('Space');
    }
    await tabTo(page, (el, text) => el.tagName === 'BUTTON' && el.textContent.trim() === text, lang.apply);
    await page.keyboard.press('Enter');
    await page.waitForURL(/status=IN_PROGRESS&status=ONGOING&targetGroup=YOUTH/);
    await settled(page);
    assert.equal(await page.locator('.results__count').textContent(), lang.count);
    const list = await page.locator('.measure-list').textContent();
    assert.match(list, /Fachbereich Kinder, Jugendliche und Familien/); // who runs JUSTiQ

    await tabTo(page, isLink, 'Jugend stärken im Quartier (JUSTiQ)');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${lang.prefix}/areas/schinkel/measures/${BQ01}`);
    await settled(page);
    assert.equal(await focusedText(page), 'Jugend stärken im Quartier (JUSTiQ)'); // focus moved to the new h1
    const facts = await page.locator('.facts').textContent();
    assert.ok(facts.includes(lang.lead) && facts.includes('Fachbereich Kinder, Jugendliche und Familien'), facts);
    const dates = page.locator('section', { has: page.getByRole('heading', { name: lang.presented }) });
    const datesText = await dates.textContent();
    assert.match(datesText, /Jugendhilfeausschuss/);
    assert.ok(datesText.includes(lang.date), datesText);
    await screenshot(page, `keyboard-flow${lang.prefix.replace('/', '-') || '-de'}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

const PAGES = [
  ['start', '/'],
  ['area', '/areas/schinkel'],
  ['action-field', `/areas/schinkel/action-fields/${KJF}`],
  ['need', `/areas/schinkel/needs/${NEED}`],
  ['measures', '/areas/schinkel/measures'],
  ['measures-timeline', '/areas/schinkel/measures?view=timeline'],
  ['measures-empty', '/areas/schinkel/measures?q=gibtesnichtxyz'],
  ['measure', `/areas/schinkel/measures/${BQ01}`],
  ['committee-dates', '/areas/schinkel/committee-dates'],
  ['committee-dates-of-one', '/areas/schinkel/committee-dates?committee=00000000-0000-4000-8000-000000004002'],
  ['uncovered-needs', '/areas/schinkel/uncovered-needs'],
  ['actors', '/areas/schinkel/actors'],
  ['search', '/search?q=Jugend&area=schinkel'],
  ['imprint', '/imprint'],
  ['accessibility', '/accessibility'],
  ['open-data', '/open-data'],
  ['not-found', '/gibt/es/nicht'],
  ['en-start', '/en'],
  ['en-area', '/en/areas/schinkel'],
  ['en-measures', '/en/areas/schinkel/measures?targetGroup=YOUTH&status=IN_PROGRESS&status=ONGOING'],
  ['en-measure', `/en/areas/schinkel/measures/${BQ01}`],
  ['en-committee-dates', '/en/areas/schinkel/committee-dates'],
  ['indicator', `/areas/schinkel/indicators/${SCHOOL}`],
  ['en-indicator', `/en/areas/schinkel/indicators/${SCHOOL}`],
  ['en-accessibility', '/en/accessibility'],
  ['en-open-data', '/en/open-data'],
  ['en-imprint', '/en/imprint'],
  ['en-uncovered-needs', '/en/areas/schinkel/uncovered-needs'],
];

describe('every page', () => {
  for (const [name, path] of PAGES) {
    test(`${name} (${path}): one h1, landmarks, no axe violations`, async () => {
      const page = await newPage(browser);
      await page.goto(path);
      await settled(page);
      await screenshot(page, name);
      assert.equal(await page.locator('h1').count(), 1);
      assert.equal(await page.locator('main').count(), 1);
      assert.equal(await page.locator('header').count(), 1);
      assert.ok(await page.getByRole('link', { name: /Barrierefreiheit|Accessibility/ }).isVisible());
      assert.ok(await page.getByRole('link', { name: /Impressum|Imprint/ }).isVisible());
      assert.deepEqual(await axeViolations(page), []);
      await page.context().close();
    });
  }
});

describe('for residents', () => {
  test('on a 390 px screen the filters fold away and applying them shows the results, focused on their number', async () => {
    const height = 844;
    const page = await newPage(browser, { viewport: { width: 390, height } });
    await page.goto('/areas/schinkel/measures');
    await settled(page);
    assert.ok(!(await page.getByLabel('Zielgruppe').isVisible()));
    await page.getByRole('button', { name: 'Filter einblenden' }).click();
    await page.getByLabel('Zielgruppe').selectOption('YOUTH');
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await page.waitForURL(/\?targetGroup=YOUTH$/);
    await settled(page);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'measure-result-count');
    assert.ok(!(await page.getByLabel('Zielgruppe').isVisible()));
    // the number of results and the first result are on the screen, without scrolling past the filters
    for (const locator of [page.locator('.results__count'), page.locator('.measure-item').first()]) {
      const box = await locator.boundingBox();
      assert.ok(box && box.y >= 0 && box.y + 24 <= height, JSON.stringify(box));
    }
    await screenshot(page, 'measures-phone-filtered');
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('button', { name: 'Zielgruppe: Jugendliche (Filter entfernen)' }).click();
    await page.waitForURL((url) => url.pathname === '/areas/schinkel/measures' && url.search === '');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('the needs without a measure are one click from the area, and narrow to an action field', async () => {
    const page = await newPage(browser);
    await page.goto('/areas/schinkel');
    await settled(page);
    const link = page.getByRole('link', { name: /Bedarfe? (haben|hat) noch keine Maßnahme/ });
    const count = Number((await link.textContent()).match(/\d+/)[0]);
    await link.click();
    await page.waitForURL('**/areas/schinkel/uncovered-needs');
    await settled(page);
    assert.equal(await page.locator('h1').textContent(), 'Bedarfe ohne Maßnahme');
    assert.equal(await page.locator('.need--uncovered').count(), count);
    await page.getByLabel('Handlungsfeld').selectOption('00000000-0000-4000-8000-000000006001'); // Integration: 1 uncovered
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await page.waitForURL(/actionField=00000000-0000-4000-8000-000000006001$/);
    await settled(page);
    assert.equal(await page.locator('.need--uncovered').count(), 1);
    await page.context().close();
  });

  test('committee dates stand in date order, of all committees or of one', async () => {
    const page = await newPage(browser);
    const dates = (heading) =>
      page.locator('section', { has: page.getByRole('heading', { name: heading, exact: true }) }).locator('.presentation time').evaluateAll((ts) => ts.map((t) => t.dateTime.slice(0, 10)));
    await page.goto('/areas/schinkel');
    await settled(page);
    const next = await dates('Nächste Ausschusstermine');
    assert.ok(next.length >= 2, next.join());
    assert.deepEqual(next, [...next].sort());
    await page.goto('/areas/schinkel/committee-dates');
    await settled(page);
    const upcoming = await dates('Anstehende Termine');
    const past = await dates('Vergangene Termine');
    assert.ok(upcoming.length >= 2, upcoming.join());
    assert.deepEqual(upcoming, [...upcoming].sort());
    assert.deepEqual(past, [...past].sort().reverse());
    // the two June 2022 presentations of the IHK, in two committees, stand side by side
    assert.equal(past.indexOf('2022-06-15') - past.indexOf('2022-06-29'), 1);
    assert.equal(await page.getByText('Noch keine Verknüpfung', { exact: false }).count(), 0);
    await page.getByLabel('Ausschuss', { exact: true }).selectOption({ label: 'Jugendhilfeausschuss (JHA)' });
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await page.waitForURL(/committee=/);
    await settled(page);
    const titles = await page.locator('.presentation__title').allTextContents();
    assert.ok(titles.length > 0 && titles.every((t) => t.startsWith('Jugendhilfeausschuss')), titles.join());
    await page.context().close();
  });

  test('Schinkel leads the area list; its edition opens the generated document; the imprint has no placeholders', async () => {
    const page = await newPage(browser);
    await page.goto('/');
    await settled(page);
    const areas = (await page.locator('.card-grid h2').allTextContents()).map((t) => t.trim());
    assert.ok(areas.indexOf('Sanierungsgebiet Schinkel') < areas.indexOf('Fördergebiet Nordviertel'), areas.join());
    await page.goto('/areas/schinkel');
    await settled(page);
    const documentLink = page.getByRole('link', { name: 'Dokument „IHK 2022“ öffnen' });
    assert.match(await documentLink.getAttribute('href'), /^\/api\/v1\/areas\/schinkel\/editions\/[0-9a-f-]+\/document$/);
    const answer = await page.request.get(await documentLink.getAttribute('href'));
    assert.equal(answer.status(), 200);
    assert.match(answer.headers()['content-type'], /^text\/html/);
    assert.ok(await page.getByRole('link', { name: 'Alle Fassungen des Konzepts' }).isVisible());
    // the app's own texts carry no placeholders and no demo notes (those belong to the demo data's descriptions)
    for (const path of ['/imprint', '/accessibility', '/en/imprint']) {
      await page.goto(path);
      await settled(page);
      const text = await page.locator('main').textContent();
      assert.doesNotMatch(text, /\[|Platzhalter|Placeholder|Musterstadt|Sample Town|Demo/, path);
      assert.match(text, /Stadt Osnabrück/, path); // the operator details of the settings (Makefile: E2E_SITE)
    }
    await page.context().close();
  });

  test('login returns to the page it came from, and the signed-in header is one row at 1280 px naming the role once', async () => {
    const page = await newPage(browser);
    await page.goto('/areas/schinkel/measures?targetGroup=YOUTH');
    await settled(page);
    await page.getByRole('link', { name: 'Anmelden' }).click();
    await page.waitForURL(/\/login\?next=/);
    await settled(page);
    await page.getByLabel('Benutzername').fill('demo-redaktion');
    await page.getByLabel('Passwort').fill('demo-redaktion-passwort');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL((url) => url.pathname === '/areas/schinkel/measures' && url.search === '?targetGroup=YOUTH');
    await settled(page);
    const who = await page.getByTestId('user-menu-who').textContent();
    assert.equal(who.match(/Redaktion/g)?.length, 1, who);
    // one row: every item of the header bar overlaps every other vertically
    const rows = await page.locator('.site-header__bar').evaluate((bar) => {
      const items = [...bar.querySelectorAll(':scope > *, .site-header__tools > *, .user-menu > summary')].filter((el) => el.getClientRects().length);
      const boxes = items.map((el) => el.getBoundingClientRect());
      return { top: Math.max(...boxes.map((b) => b.top)), bottom: Math.min(...boxes.map((b) => b.bottom)) };
    });
    assert.ok(rows.top < rows.bottom, JSON.stringify(rows));
    await screenshot(page, 'header-signed-in');
    await page.context().close();

    // never to another site
    const other = await newPage(browser);
    await other.goto('/login?next=//evil.example/areas');
    await settled(other);
    await other.getByLabel('Benutzername').fill('demo-redaktion');
    await other.getByLabel('Passwort').fill('demo-redaktion-passwort');
    await other.getByRole('button', { name: 'Anmelden' }).click();
    await other.waitForURL((url) => url.origin === new URL(BASE_URL).origin && url.pathname === '/');
    await other.context().close();
  });
});

describe('accessibility statement', () => {
  test('offers a way to report barriers by e-mail', async () => {
    const page = await newPage(browser);
    await page.goto('/accessibility');
    await settled(page);
    const mail = page.locator('a[href^="mailto:"]');
    assert.ok((await mail.count()) > 0);
    assert.match(await page.locator('main').textContent(), /Barrieren/);
    await page.context().close();
  });
});

describe('print', () => {
  test('the area page prints without navigation, search and footer links', async () => {
    const page = await newPage(browser);
    await page.goto('/areas/schinkel');
    await settled(page);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header__tools', '.area-nav', '.site-footer nav']) {
      assert.equal(await page.locator(selector).evaluate((el) => getComputedStyle(el).display), 'none', selector);
    }
    assert.ok(await page.locator('.status-chart table').isVisible()); // the folded table is expanded
    await screenshot(page, 'area-print');
    await page.context().close();
  });
});

describe('performance', () => {
  test('the start page loads at most 150 KB of JavaScript (gzipped)', async () => {
    const page = await newPage(browser);
    const scripts = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response);
    });
    await page.goto('/');
    await settled(page);
    let total = 0;
    const lines = [];
    for (const response of scripts) {
      const size = gzipSync(await response.body(), { level: 9 }).length;
      total += size;
      lines.push(`${size}\t${new URL(response.url()).pathname}`);
    }
    lines.push(`${total}\ttotal gzipped JS loaded by the start page (${(total / 1024).toFixed(1)} KB)`);
    writeFileSync(join(RESULTS, 'bundle-size.txt'), `${lines.join('\n')}\n`);
    console.log(lines.join('\n'));
    assert.ok(total <= 150 * 1024, `${total} bytes`);

    await page.context().close();
  });
});

describe('pre-rendered area page', () => {
  test('an anonymous reader gets the area page with its heading drawn in, also without JavaScript', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    const response = await page.goto('/areas/schinkel');
    assert.equal(response.status(), 200);
    assert.equal(await page.title(), 'Sanierungsgebiet Schinkel – Integriertes Handlungskonzept');
    assert.equal(await page.locator('h1').textContent(), 'Sanierungsgebiet Schinkel');
    assert.equal(await page.locator('.kern-preline').textContent(), 'Osnabrück');
    assert.equal(await page.getByRole('link', { name: 'Maßnahmen' }).getAttribute('href'), '/areas/schinkel/measures');
    assert.equal(await page.getByRole('link', { name: 'English' }).getAttribute('href'), '/en/areas/schinkel');
    await page.context().close();
  });

  test('the app draws the page in place of the pre-rendered one: one header, one heading, nothing shifts', async () => {
    const page = await newPage(browser);
    await page.goto('/areas/schinkel');
    await settled(page);
    assert.equal(await page.locator('header.site-header').count(), 1);
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await page.locator('footer').count(), 1);
    await page.getByRole('heading', { name: 'Handlungsfelder' }).waitFor();
    const shift = await cumulativeLayoutShift(page);
    assert.ok(shift < 0.1, `cumulative layout shift ${shift}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test("the app's code is requested once the page has been painted", async () => {
    const page = await newPage(browser);
    await page.goto('/areas/schinkel');
    await settled(page);
    const { painted, scripts } = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        // (when the frame was drawn; its startTime is when it reached the screen, which may be a frame later)
        painted: paint.paintTime ?? paint.startTime,
        scripts: performance
          .getEntriesByType('resource')
          .filter((r) => r.name.includes('/assets/') && r.name.endsWith('.js'))
          .map((r) => ({ name: r.name, start: r.startTime })),
      };
    });
    assert.ok(scripts.length > 1, JSON.stringify(scripts));
    for (const { name, start } of scripts) assert.ok(start > painted, `${name} requested at ${start} ms, the page painted at ${painted} ms`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('an English page, an unknown area and a signed-in reader get the app alone', async () => {
    const page = await newPage(browser);
    for (const path of ['/en/areas/schinkel', '/areas/no-such-area']) {
      const html = await (await page.request.get(path, { headers: { Accept: 'text/html' } })).text();
      assert.match(html, /<div id="root"><\/div>/, path);
    }
    await page.context().addCookies([{ name: 'ihk_csrf', value: 'x', url: BASE_URL }]);
    const html = await (await page.request.get('/areas/schinkel', { headers: { Accept: 'text/html' } })).text();
    assert.match(html, /<div id="root"><\/div>/);
    await page.context().close();
  });
});

describe('layout stability', () => {
  for (const path of ['/', '/areas/schinkel', '/areas/schinkel/measures', `/areas/schinkel/measures/${BQ01}`, '/areas/schinkel/committee-dates']) {
    test(`nothing visible shifts when the data of ${path} arrives (CLS < 0.1)`, async () => {
      const page = await newPage(browser);
      await page.goto(path);
      await settled(page);
      const shift = await cumulativeLayoutShift(page);
      assert.ok(shift < 0.1, `cumulative layout shift ${shift}`);
      await page.context().close();
    });
  }
});

describe('content security policy', () => {
  const pages = [
    '/',
    '/areas/schinkel',
    `/areas/schinkel/action-fields/${KJF}`,
    `/areas/schinkel/needs/${NEED}`,
    '/areas/schinkel/measures',
    `/areas/schinkel/measures/${BQ01}`,
    '/areas/schinkel/committee-dates',
    '/search?q=Jugend',
    '/login',
  ];
  test('the app runs under its policy without a single violation', async () => {
    const page = await newPage(browser);
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations.push(`${e.effectiveDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
      );
    });
    for (const path of pages) {
      const response = await page.goto(path);
      const policy = response.headers()['content-security-policy'] ?? '';
      assert.match(policy, /script-src 'self'(;|$)/, `${path}: ${policy}`);
      assert.match(policy, /style-src 'self'(;|$)/, `${path}: ${policy}`);
      assert.equal(response.headers()['x-content-type-options'], 'nosniff');
      await settled(page);
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], path);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
