// The README's change-feed script, run as an integrator would: it copies everything public from the start of the
// feed and stays in sync through a create, an edit, unpublishing, publishing again and a delete.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_URL } from './support.mjs';

const README = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md');

/** The script of the README's "Staying in sync" section, pointed at the backend under test. */
function syncScript() {
  const section = readFileSync(README, 'utf8').split('## Staying in sync')[1];
  const script = section.split('```sh\n')[1].split('```')[0];
  assert.match(script, /^BASE=http:\/\/localhost:8080;/);
  return script.replace('BASE=http://localhost:8080;', `BASE=${BASE_URL};`);
}

async function signIn() {
  const response = await fetch(`${BASE_URL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'demo-admin', password: 'demo-admin-passwort' }),
  });
  assert.equal(response.status, 200);
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = await response.json();
  return async (method, path, body, etag) => {
    const headers = { Cookie: cookies, 'X-CSRF-Token': csrfToken, Accept: 'application/json' };
    if (body) headers['Content-Type'] = 'application/json';
    if (etag) headers['If-Match'] = etag;
    const answer = await fetch(`${BASE_URL}${path}`, { method, headers, body: body && JSON.stringify(body) });
    assert.ok(answer.ok, `${method} ${path}: ${answer.status} ${await answer.clone().text()}`);
    return answer;
  };
}

test('the README script keeps a copy in sync with the public concept', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ihk-sync-'));
  const script = syncScript();
  const sync = () => execFileSync('bash', ['-euo', 'pipefail', '-c', script], { cwd: dir, timeout: 120_000 });
  const copy = (id) => join(dir, 'copy', `${id}.json`);
  const publicState = async (href) => (await fetch(`${BASE_URL}${href}`)).json();

  sync();
  const areas = (await publicState('/api/v1/areas')).items;
  for (const area of areas) assert.ok(existsSync(copy(area.id)), `area ${area.slug} copied`);
  const measures = (await publicState('/api/v1/areas/schinkel/measures?size=200')).items;
  assert.ok(measures.length > 5);
  for (const measure of measures) assert.ok(existsSync(copy(measure.id)), `measure ${measure.code} copied`);
  const copied = readdirSync(join(dir, 'copy')).length;

  const api = await signIn();
  const field = (await publicState('/api/v1/areas/schinkel/action-fields')).items[0];
  const body = {
    code: 'SYNC-1', title: 'Abgleich', actionFieldId: field.id, status: 'PLANNED', priority: 'MEDIUM', needIds: [],
    publicationStatus: 'PUBLISHED',
  };
  const created = await (await api('POST', '/api/v1/areas/schinkel/measures', body)).json();
  const path = `/api/v1/areas/schinkel/measures/${created.id}`;
  sync();
  assert.equal(JSON.parse(readFileSync(copy(created.id), 'utf8')).title, 'Abgleich');
  assert.equal(readdirSync(join(dir, 'copy')).length, copied + 1);

  let etag = (await api('GET', path)).headers.get('ETag');
  await api('PUT', path, { ...body, title: 'Abgleich, geändert' }, etag);
  sync();
  assert.deepEqual(JSON.parse(readFileSync(copy(created.id), 'utf8')), await publicState(path));

  etag = (await api('GET', path)).headers.get('ETag');
  await api('PUT', path, { ...body, publicationStatus: 'DRAFT' }, etag);
  sync();
  assert.ok(!existsSync(copy(created.id)), 'an unpublished measure leaves the copy');

  etag = (await api('GET', path)).headers.get('ETag');
  await api('PUT', path, { ...body, title: 'Wieder da' }, etag);
  sync();
  assert.equal(JSON.parse(readFileSync(copy(created.id), 'utf8')).title, 'Wieder da');

  etag = (await api('GET', path)).headers.get('ETag');
  await api('DELETE', path, undefined, etag);
  sync();
  assert.ok(!existsSync(copy(created.id)), 'a deleted measure leaves the copy');
  assert.equal(readdirSync(join(dir, 'copy')).length, copied);
});
