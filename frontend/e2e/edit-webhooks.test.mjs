// End-to-end test of webhooks: an admin subscribes a local receiver, a published change reaches it signed (checked
// here with the receiver's own Standard Webhooks verification), and the delivery is listed in the web app.
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { axeViolations, launch, logIn, newPage, screenshot, settled } from './support.mjs';

// A fixed port, free on the machines that run the tests; the backend calls it under OUTBOUND_ALLOW_LOCAL=true.
const RECEIVER_PORT = Number(process.env.WEBHOOK_RECEIVER_PORT ?? 18204);
const received = [];
let secret = '';
let browser;
let receiver;

/** Standard Webhooks: HMAC-SHA256 of `id.timestamp.body` with the decoded secret, one of the `v1,` signatures. */
function verify(headers, body) {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  if (!secret || !id || !timestamp || Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();
  return (headers['webhook-signature'] ?? '').split(' ').some((entry) => {
    const [version, signature] = entry.split(',');
    const given = Buffer.from(signature ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

before(async () => {
  receiver = createServer((request, response) => {
    const chunks = [];
    request.on('data', (c) => chunks.push(c));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push({ headers: request.headers, body: JSON.parse(body.toString('utf8')), valid: verify(request.headers, body) });
      response.writeHead(204).end();
    });
  });
  await new Promise((resolve) => receiver.listen(RECEIVER_PORT, '127.0.0.1', resolve));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

async function visitClean(page, path) {
  await page.goto(path);
  await settled(page);
  assert.equal(await page.locator('h1').count(), 1, `one h1 on ${path}`);
  assert.deepEqual(await axeViolations(page), [], `axe on ${path}`);
}

describe('webhooks', () => {
  test('an admin subscribes a receiver, a published change reaches it signed, and the delivery is listed', async () => {
    const page = await newPage(browser);
    await logIn(page, 'demo-admin', 'demo-admin-passwort');
    await visitClean(page, '/admin');
    await page.getByRole('link', { name: 'Webhooks' }).first().click();
    await page.waitForURL('**/admin/webhooks');
    await settled(page);
    assert.deepEqual(await axeViolations(page), [], 'axe on the list');

    await page.getByRole('link', { name: 'Neuer Webhook' }).click();
    await page.waitForURL('**/admin/webhooks/new');
    await settled(page);
    assert.deepEqual(await axeViolations(page), [], 'axe on the form');
    const url = `http://127.0.0.1:${RECEIVER_PORT}/hook`;
    await page.getByLabel(/Adresse des Empfängers/).fill(url);
    await page.getByLabel('Beschreibung').fill('Test-Empfänger');
    await page.getByRole('button', { name: 'Webhook anlegen' }).click();
    const shown = page.getByTestId('webhook-secret');
    await shown.waitFor();
    secret = await shown.inputValue();
    assert.match(secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
    assert.deepEqual(await axeViolations(page), [], 'axe with the secret shown');
    await screenshot(page, 'admin-webhook-secret');

    // a published change in the demo area, made through the API with the admin's session
    const code = `WH${Date.now().toString(36).slice(-4).toUpperCase()}`;
    const status = await page.evaluate(async (c) => {
      const csrf = document.cookie.match(/(?:^|; )ihk_csrf=([^;]+)/)?.[1] ?? '';
      const response = await fetch('/api/v1/areas/schinkel/action-fields', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': decodeURIComponent(csrf) },
        body: JSON.stringify({ code: c, title: 'Handlungsfeld aus dem Webhook-Test', goal: 'Ziel', position: 99, publicationStatus: 'PUBLISHED' }),
      });
      return response.status;
    }, code);
    assert.equal(status, 201);

    for (let i = 0; i < 100 && !received.some((m) => m.body.data.items.some((item) => item.recordType === 'ACTION_FIELD')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const message = received.find((m) => m.body.data.items.some((item) => item.recordType === 'ACTION_FIELD'));
    assert.ok(message, 'the change reached the receiver');
    assert.equal(message.valid, true, 'its signature verifies');
    assert.equal(message.body.type, 'changes');

    await page.getByRole('link', { name: 'Fertig, zur Liste der Webhooks' }).click();
    await page.waitForURL('**/admin/webhooks');
    await page.getByRole('link', { name: url }).first().click();
    await page.waitForURL('**/admin/webhooks/*');
    await settled(page);
    const deliveries = page.getByRole('table', { name: 'Letzte Zustellungen' });
    await deliveries.getByText(message.headers['webhook-id']).first().waitFor({ timeout: 15_000 });
    assert.match(await deliveries.textContent(), /204/);
    assert.equal(await page.locator('h1').count(), 1);
    assert.deepEqual(await axeViolations(page), [], 'axe on the deliveries');
    await screenshot(page, 'admin-webhook-deliveries');

    // disable (after confirming), then delete (after confirming)
    await page.getByRole('button', { name: `„${url}“ deaktivieren` }).click();
    await page.getByRole('button', { name: 'Ja, deaktivieren' }).click();
    await page.getByTestId('webhook-state').filter({ hasText: 'deaktiviert' }).waitFor();
    await page.getByRole('button', { name: `„${url}“ löschen` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, endgültig löschen' }).click();
    await page.waitForURL('**/admin/webhooks');
    await page.close();
  });
});
