// End-to-end test of the embeds: the city's web site – a page served from another port, allowed by FRAME_ANCESTORS –
// embeds Schinkel's upcoming committee dates with the resize script. The frame shows them without the app's header
// and footer, fits its height to them, and its links open the full app in a new tab; the app's own pages refuse to
// be framed. The embeds are axe clean in German and English; an editor builds the code with a live preview.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { axeViolations, BASE_URL, launch, logIn, newPage, screenshot, settled } from './support.mjs';

// The Makefile's e2e-run allows http://127.0.0.1:<this port> in FRAME_ANCESTORS.
const HOST_PORT = Number(process.env.EMBED_HOST_PORT ?? 8098);
const HOST = `http://127.0.0.1:${HOST_PORT}`;
const JHA = '00000000-0000-4000-8000-000000004002';

const hostPage = `<!doctype html>
<html lang="de">
  <head><meta charset="utf-8"><title>Stadt Osnabrück – Stadtteil Schinkel</title></head>
  <body>
    <main>
      <h1>Stadtteil Schinkel</h1>
      <iframe id="dates" src="${BASE_URL}/embed/areas/schinkel/committee-dates" title="Ausschusstermine: Schinkel"
              data-ihk-embed width="100%" height="150" style="border:0;display:block"></iframe>
      <p>Text der Stadt unter dem Rahmen.</p>
      <iframe id="app" src="${BASE_URL}/areas/schinkel" title="Die ganze Anwendung" width="100%" height="300"></iframe>
      <script src="${BASE_URL}/embed.js" async></script>
    </main>
  </body>
</html>`;

let browser;
let server;
before(async () => {
  server = createServer((request, response) => {
    response.writeHead(request.url === '/' ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(request.url === '/' ? hostPage : 'not found');
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(HOST_PORT, '127.0.0.1', resolve));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

/** Records the Content Security Policy violations of every document of the page's context, frames included. */
async function watchCsp(page) {
  await page.context().addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.effectiveDirective}: ${e.blockedURI || 'inline'}`));
  });
}

describe('embeds', () => {
  test("the city's page embeds the committee dates: shown, resized, links in a new tab; the app's pages cannot be framed", async () => {
    const page = await newPage(browser);
    const scripts = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const refused = [];
    page.on('console', (message) => {
      if (/frame-ancestors/.test(message.text())) refused.push(message.text());
    });
    await page.goto(HOST);

    const frame = page.frameLocator('#dates');
    await frame.getByRole('heading', { level: 1, name: 'Ausschusstermine' }).waitFor();
    await frame.getByRole('heading', { level: 2, name: 'Anstehende Termine' }).waitFor();
    const dates = await frame.locator('.presentation time').evaluateAll((ts) => ts.map((t) => t.dateTime.slice(0, 10)));
    assert.ok(dates.length >= 2, dates.join());
    assert.deepEqual(dates, [...dates].sort());
    assert.equal(await frame.locator('header, footer, nav, .site-header, .site-footer').count(), 0, 'no header, footer or navigation');
    assert.equal(await frame.getByRole('link', { name: /Sanierungsgebiet Schinkel/ }).count(), 1);

    // the resize script fits the frame to the embed's content: no inner scrollbar, no empty space
    const embed = page.frames().find((f) => f.url().startsWith(`${BASE_URL}/embed/`));
    assert.ok(embed, 'the embed is framed');
    const contentHeight = await embed.evaluate(() => Math.ceil(document.querySelector('.embed').getBoundingClientRect().height));
    assert.ok(contentHeight > 400, `content height ${contentHeight}`);
    await page.waitForFunction((h) => Math.abs(document.getElementById('dates').getBoundingClientRect().height - h) <= 1, contentHeight, { timeout: 10_000 });
    assert.ok(await embed.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1), 'nothing to scroll inside the frame');
    await screenshot(page, 'embed-host-page');

    // every link opens the full app (or the council's site) in a new top-level tab; the city's page stays
    const sameFrame = await embed.evaluate(() =>
      [...document.querySelectorAll('a[href]')].filter((a) => a.getAttribute('target') !== '_blank' && document.querySelector('base')?.getAttribute('target') !== '_blank').map((a) => a.href),
    );
    assert.deepEqual(sameFrame, []);
    const [tab] = await Promise.all([page.context().waitForEvent('page'), frame.getByRole('link', { name: 'Alle Ausschusstermine ansehen' }).click()]);
    await tab.waitForURL(`${BASE_URL}/areas/schinkel/committee-dates`);
    assert.equal(page.url(), `${HOST}/`);
    await tab.close();

    // the app's own pages stay unframeable (clickjacking of the editing screens): refused, none of the app's code ran
    await page.waitForFunction(() => true);
    assert.ok(refused.some((m) => m.includes("frame-ancestors 'none'")), refused.join('\n') || 'no refusal logged');
    const appFrame = page.frames().find((f) => f.parentFrame() && !f.url().includes('/embed/'));
    assert.ok(!appFrame || !appFrame.url().startsWith(`${BASE_URL}/areas/`) || (await appFrame.locator('h1').count()) === 0, 'the app was not shown in a frame');
    assert.deepEqual(
      scripts.filter((s) => /\/assets\/index-/.test(s)),
      [],
      "the app's entry with header and footer is never loaded",
    );
    assert.deepEqual(page.errors.filter((e) => !/frame-ancestors|Failed to load resource/.test(e)), []);
    await page.context().close();
  });

  test('the embeds are axe clean in German and English, carry the filters of their URL, and keep to the CSP', async () => {
    const page = await newPage(browser, { viewport: { width: 600, height: 800 } });
    await watchCsp(page);
    const cases = [
      ['/embed/areas/schinkel/committee-dates', 'Ausschusstermine', 'de'],
      [`/en/embed/areas/schinkel/committee-dates?committee=${JHA}`, 'Committee dates', 'en'],
      ['/embed/areas/schinkel/measures?status=IN_PROGRESS', 'Maßnahmen', 'de'],
      ['/en/embed/areas/schinkel/measures', 'Measures', 'en'],
      ['/embed/areas/schinkel/map', 'Maßnahmen auf der Karte', 'de'],
      ['/en/embed/areas/schinkel/map', 'Measures on the map', 'en'],
    ];
    for (const [path, heading, lang] of cases) {
      await page.goto(path);
      await settled(page);
      assert.equal((await page.locator('h1').textContent()).trim(), heading, path);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang, path);
      if (path.includes('/map')) await page.locator('.map-list__item').first().waitFor();
      assert.deepEqual(await axeViolations(page), [], path);
      assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], path);
    }
    // the filters of the URL: one committee only; measures in progress only
    await page.goto(`/en/embed/areas/schinkel/committee-dates?committee=${JHA}`);
    await settled(page);
    const committees = await page.locator('.presentation__title').allTextContents();
    assert.ok(committees.length > 0 && committees.every((c) => c.startsWith('Jugendhilfeausschuss')), committees.join());
    assert.equal(await page.getByRole('link', { name: 'See all committee dates' }).getAttribute('href'), `/en/areas/schinkel/committee-dates?committee=${JHA}`);
    await page.goto('/embed/areas/schinkel/measures?status=IN_PROGRESS');
    await settled(page);
    const badges = await page.locator('.measure-item__status .kern-badge').allTextContents();
    assert.ok(badges.length > 0 && badges.every((b) => b.trim() === 'In Umsetzung'), badges.join());
    assert.match(await page.getByRole('link', { name: /^Alle \d+ Maßnahmen ansehen$/ }).getAttribute('href'), /^\/areas\/schinkel\/measures\?status=IN_PROGRESS$/);
    assert.equal(await page.locator('.measure-item a[target="_blank"]').count(), await page.locator('.measure-item a').count());
    await screenshot(page, 'embed-measures');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('an editor builds the code of an embed with its filters, copies it and sees a live preview', async () => {
    const page = await newPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await logIn(page, 'demo-redaktion', 'demo-redaktion-passwort');
    await page.goto('/areas/schinkel');
    await settled(page);
    await page.getByRole('link', { name: 'Einbetten' }).click();
    await page.waitForURL('**/areas/schinkel/embed');
    await settled(page);
    assert.equal((await page.locator('h1').textContent()).trim(), 'Auf der eigenen Website einbetten');
    const code = page.getByRole('textbox', { name: 'HTML für die Seite der Website' });
    assert.match(await code.inputValue(), new RegExp(`^<iframe src="${BASE_URL}/embed/areas/schinkel/committee-dates" title="Anstehende Ausschusstermine: Sanierungsgebiet Schinkel" data-ihk-embed`));

    await page.getByLabel('Maßnahmen', { exact: true }).check();
    await page.getByLabel('Status', { exact: true }).selectOption('IN_PROGRESS');
    await page.getByLabel('Englisch').check();
    const snippet = await code.inputValue();
    assert.match(snippet, new RegExp(`src="${BASE_URL}/en/embed/areas/schinkel/measures\\?status=IN_PROGRESS"`));
    assert.match(snippet, new RegExp(`<script src="${BASE_URL}/embed.js" async></script>$`));
    await page.getByRole('button', { name: 'Code kopieren' }).click();
    await page.getByText('Der Code ist in der Zwischenablage.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);

    // the preview shows the embed as it will look, and takes its height
    const preview = page.frameLocator('iframe.embed-preview');
    await preview.getByRole('heading', { level: 1, name: 'Measures' }).waitFor();
    const embed = page.frames().find((f) => f.url().includes('/en/embed/areas/schinkel/measures'));
    await embed.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    const contentHeight = await embed.evaluate(() => Math.ceil(document.querySelector('.embed').getBoundingClientRect().height));
    await page.waitForFunction((h) => Math.abs(document.querySelector('iframe.embed-preview').getBoundingClientRect().height - h) <= 3, contentHeight, { timeout: 10_000 });
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'embed-builder');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
