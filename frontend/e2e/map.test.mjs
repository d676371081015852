// End-to-end tests of the maps, without background tiles (as installations without MAP_TILE_URL, and offline): a
// reader finds the Hasepark playground on Schinkel's map and opens it with the keyboard, the same measures are listed
// next to the map, the measure list has a map view with its filters; an editor sets a measure's place on the map.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, BASE_URL, launch, logIn, newPage, screenshot, settled, tabTo } from './support.mjs';

const HASEPARK = '00000000-0000-4000-8000-000000008016';
const SURVEY = '00000000-0000-4000-8000-000000008009'; // VB-04, without a place in the demo data
const KJF = '00000000-0000-4000-8000-000000006003';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Records every request that leaves the site (there must be none: no tiles are configured). */
function outside(page) {
  const requests = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(BASE_URL) && !url.startsWith('data:')) requests.push(url);
  });
  return requests;
}

describe('maps', () => {
  test('a reader finds the Hasepark playground on the map of Schinkel and opens it with the keyboard', async () => {
    const page = await newPage(browser);
    const leaving = outside(page);
    await page.goto('/areas/schinkel');
    await settled(page);
    await page.locator('#map-heading').scrollIntoViewIfNeeded(); // the map loads when it comes near the screen
    const map = page.getByRole('region', { name: 'Karte von Sanierungsgebiet Schinkel mit den Maßnahmen' });
    await map.waitFor();
    const marker = page.locator('.map-marker[aria-label^="KJF-02 Großspielplatz Hasepark"]');
    await marker.waitFor();
    assert.ok((await page.locator('.leaflet-overlay-pane path').count()) >= 1, 'the boundary is drawn');
    assert.match(await page.locator('#map-heading ~ *').first().textContent(), /Die Gebietsgrenze ist nur ungefähr eingezeichnet\./);

    // the same measures in the list next to the map
    const list = page.getByRole('region', { name: 'Maßnahmen auf der Karte' });
    assert.equal(await list.getByRole('link', { name: 'KJF-02 Großspielplatz Hasepark' }).count(), 1);
    assert.match(await list.textContent(), /ungefähre Lage/);
    assert.equal(await list.getByRole('link', { name: /KJF-06/ }).count(), 0, 'drafts are not on the map');
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'area-map');

    // Tab reaches the marker, Enter opens the measure
    await tabTo(page, (el) => el.getAttribute('aria-label')?.startsWith('KJF-02 '));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/areas/schinkel/measures/${HASEPARK}`);
    await settled(page);
    assert.equal((await page.locator('h1').textContent()).trim(), 'Großspielplatz Hasepark');
    await page.getByRole('region', { name: 'Karte: Ort der Maßnahme KJF-02' }).waitFor();
    await page.locator('.map-marker').first().waitFor();
    assert.match(await page.locator('main').textContent(), /Der Ort ist nur ungefähr eingezeichnet\./);
    assert.deepEqual(await axeViolations(page), []);

    // the measure list's map view keeps its filters
    await page.goto(`/areas/schinkel/measures?view=map&actionField=${KJF}`);
    await settled(page);
    const filtered = page.getByRole('region', { name: 'Maßnahmen auf der Karte' });
    await filtered.getByRole('link', { name: 'KJF-02 Großspielplatz Hasepark' }).waitFor();
    assert.equal(await filtered.getByRole('link', { name: /^(BQ|OI)-/ }).count(), 0, 'measures of other action fields are not on it');
    await page.locator('.leaflet-container .map-marker, .leaflet-container .map-cluster').first().waitFor();
    assert.equal(await page.getByRole('link', { name: 'Karte', exact: true }).getAttribute('aria-current'), 'page');
    assert.deepEqual(await axeViolations(page), []);

    assert.deepEqual(page.errors, []);
    assert.deepEqual(leaving, [], 'no request leaves the site');
    await page.context().close();
  });

  test('the map of the area in English is axe clean', async () => {
    const page = await newPage(browser);
    await page.goto('/en/areas/schinkel');
    await settled(page);
    await page.locator('#map-heading').scrollIntoViewIfNeeded();
    await page.getByRole('region', { name: 'Map of Sanierungsgebiet Schinkel with the measures' }).waitFor();
    await page.locator('.map-marker').first().waitFor();
    assert.match(await page.locator('main').textContent(), /approximate location/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test('an editor sets the place of a measure on the map', async () => {
    const page = await newPage(browser);
    await logIn(page, 'demo-redaktion', 'demo-redaktion-passwort');
    await page.goto(`/areas/schinkel/measures/${SURVEY}/edit`);
    await settled(page);
    const map = page.getByRole('region', { name: 'Karte zum Zeichnen des Orts der Maßnahme' });
    await map.waitFor();
    const geoJson = page.getByLabel('Ort auf der Karte (GeoJSON)');
    assert.equal(await geoJson.inputValue(), '');

    // a click sets the point; the text field shows it as GeoJSON
    await page.locator('.map--editor .leaflet-overlay-pane path').waitFor(); // the area's boundary, for orientation
    await map.click(); // in its middle
    assert.match(await geoJson.inputValue(), /^\{"type":"Point","coordinates":\[8\.\d+,52\.\d+\]\}$/);
    await page.getByLabel('Der Ort ist nur ungefähr eingezeichnet').check();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'measure-place-edit');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Gespeichert.').waitFor();

    const features = await (await page.request.get('/api/v1/areas/schinkel/measures.geojson')).json();
    const survey = features.features.find((f) => f.id === SURVEY);
    assert.equal(survey.geometry.type, 'Point');
    assert.equal(survey.properties.approximate, true);

    await page.goto(`/areas/schinkel/measures/${SURVEY}`);
    await settled(page);
    await page.getByRole('region', { name: 'Karte: Ort der Maßnahme VB-04' }).waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
