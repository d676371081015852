// End-to-end test of the council information system (OParl): an admin links a committee to its organization, the
// committee date form takes a meeting and agenda item from it, and the committee dates page synchronises with it.
// The council information system is a small local HTTP server started here, serving the OParl fixtures of the
// backend's tests (backend/src/test/resources/oparl) on a fixed port; the backend must allow local addresses
// (OUTBOUND_ALLOW_LOCAL=true, as make e2e-run starts it).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { axeViolations, launch, logIn, newPage, notNetwork, settled } from './support.mjs';

const PORT = Number(process.env.OPARL_FIXTURE_PORT ?? 18202);
const RIS = `http://127.0.0.1:${PORT}`;
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'backend', 'src', 'test', 'resources', 'oparl');

/** Answers /oparl/… with the fixture file of the path (and query as `_page-2`), `{{base}}` replaced; 404 otherwise. */
function startRis() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, RIS);
    const name = `${url.pathname}${url.search ? `_${url.search.slice(1).replaceAll('=', '-').replaceAll('&', '_')}` : ''}.json`;
    const file = normalize(join(FIXTURES, name));
    try {
      if (!file.startsWith(FIXTURES)) throw new Error('outside');
      const body = (await readFile(file, 'utf8')).replaceAll('{{base}}', RIS);
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"Not found"}');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(PORT, '127.0.0.1', () => resolve(server));
  });
}

let browser;
let ris;
before(async () => {
  ris = await startRis();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => (ris ? ris.close(resolve) : resolve()));
});

const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

describe('council information system', () => {
  test('a committee date takes a meeting from the council information system and follows it', async () => {
    const page = await newPage(browser);
    await logIn(page, 'demo-admin', 'demo-admin-passwort');

    // The admin links a committee to its OParl organization; a web page instead of OParl is refused.
    const committee = `Stadtentwicklungsausschuss ${unique}`;
    await page.goto('/admin/committees/new');
    await settled(page);
    await page.getByLabel('Name', { exact: true }).fill(committee);
    await page.getByLabel('Kommune').fill('Osnabrück');
    await page.getByLabel('OParl-Adresse der Organisation').fill(`${RIS}/gremium/34`);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText(/HTTP 404/).first().waitFor();
    await page.getByLabel('OParl-Adresse der Organisation').fill(`${RIS}/oparl/organization/34`);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText(`„${committee}“ wurde angelegt.`).waitFor();

    // The committee date form offers the committee's meetings, read over all pages of the list.
    await page.goto('/areas/schinkel/committee-dates/new');
    await settled(page);
    await page.getByLabel('Ausschuss', { exact: true }).selectOption({ label: committee });
    await page.getByRole('heading', { name: 'Sitzung aus dem Ratsinformationssystem übernehmen' }).waitFor();
    await page.getByRole('button', { name: 'Sitzungen des Ausschusses laden' }).click();
    const meeting = page.getByLabel('Sitzung', { exact: true });
    await meeting.waitFor();
    const options = await meeting.locator('option').allTextContents();
    assert.equal(options.length, 5, `a blank choice and four meetings: ${options}`);
    assert.ok(options.some((o) => /14\. Sitzung.*abgesagt/.test(o)), 'the cancelled meeting is marked');
    await meeting.selectOption({ label: options.find((o) => o.includes('13. Sitzung')) });
    await page.getByLabel('Tagesordnungspunkt (optional)').selectOption({ label: '5 ISEK Innenstadt – Fortschreibung' });
    assert.deepEqual(await axeViolations(page), [], 'axe on the form with the meeting picker');
    await page.getByRole('button', { name: 'Sitzung übernehmen' }).click();
    await page.getByText(/Übernommen: .*13\. Sitzung/).waitFor();
    assert.equal(await page.getByLabel('Datum', { exact: true }).inputValue(), '2025-06-12');
    assert.equal(await page.getByLabel('Uhrzeit', { exact: true }).inputValue(), '17:00');
    assert.equal(await page.getByLabel('Ort', { exact: true }).inputValue(), 'Rathaus, Sitzungssaal 1');
    assert.equal(await page.getByLabel('Titel', { exact: true }).inputValue(), 'ISEK Innenstadt – Fortschreibung');
    assert.equal(await page.getByLabel('OParl-Adresse der Sitzung').inputValue(), `${RIS}/oparl/meeting/290`);
    assert.equal(await page.getByLabel('Sitzung im Ratsinformationssystem').inputValue(), `${RIS}/sitzung/290`);
    const title = `Fortschreibung ${unique}`;
    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.waitForURL('**/areas/schinkel/committee-dates');
    await settled(page);

    // The date links to the meeting and agenda item; the page offers the synchronisation, which finds nothing to change.
    const entry = page.locator('.presentation', { hasText: title });
    assert.equal(await entry.getByRole('link', { name: /^Sitzung/ }).getAttribute('href'), `${RIS}/sitzung/290`);
    assert.equal(await entry.getByRole('link', { name: /^Tagesordnungspunkt/ }).getAttribute('href'), `${RIS}/tagesordnung/3271`);
    assert.match(await entry.textContent(), /Rathaus, Sitzungssaal 1/);
    await page.getByRole('button', { name: `${committee}: mit Ratsinformationssystem abgleichen` }).or(page.getByRole('button', { name: 'Mit Ratsinformationssystem abgleichen' })).first().click();
    await page.getByText(`${committee}: 0 von 1 verknüpften Terminen geändert, davon 0 abgesagt. Gelesene Sitzungen: 1.`).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'axe on the committee dates with the synchronisation');
    assert.deepEqual(notNetwork(page.errors), []);
    await page.context().close();
  });
});
