import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { saveNeedWithLinks } from './needs';

const summary = (id: string) => ({ id, code: id.toUpperCase(), title: `Maßnahme ${id}`, status: 'PLANNED' as const });

const measure = (id: string, needIds: string[]): Schemas['Measure'] => ({
  id,
  version: 5,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  publicationStatus: 'PUBLISHED',
  code: id.toUpperCase(),
  title: `Maßnahme ${id}`,
  summary: null,
  easyLanguageSummary: null,
  description: null,
  actionField: { id: 'f1', code: 'BQ', title: 'Bildung', color: null },
  furtherActionFields: [],
  needs: needIds.map((n) => ({ id: n, code: n, title: n })),
  status: 'PLANNED',
  priority: 'MEDIUM',
  progress: 0,
  startDate: null,
  endDate: null,
  leadActor: null,
  partnerActors: [],
  targetGroups: [],
  location: 'Schinkel', locationGeometry: null, locationApproximate: false,
  budget: null,
  fundingSource: null,
  links: [],
  steps: [],
});

const need = (measures: string[]): Schemas['Need'] => ({
  id: 'n1',
  version: 2,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  actionField: { id: 'f1', code: 'BQ', title: 'Bildung', color: null },
  code: 'BQ-B1',
  title: 'Bedarf',
  description: null,
  evidence: null,
  priority: 'HIGH',
  targetGroups: [],
  measures: measures.map(summary),
  publicationStatus: 'DRAFT',
});

const input = (measureIds: string[]) => ({
  need: { actionFieldId: 'f1', code: 'BQ-B1', title: 'Bedarf', priority: 'HIGH' as const, targetGroups: [] },
  measureIds,
});

/** A small API: the need answered by m1; m1 and m2 as measures. Records every request. */
function fakeArea() {
  const calls: { method: string; path: string; ifMatch: string | null; body?: Record<string, unknown> }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      const path = new URL(request.url).pathname;
      const body = request.method === 'GET' ? undefined : ((await request.json()) as Record<string, unknown>);
      calls.push({ method: request.method, path, ifMatch: request.headers.get('If-Match'), body });
      const json = (data: unknown) => new Response(JSON.stringify(data), { status: 200, headers: { 'Content-Type': 'application/json' } });
      if (path.endsWith('/needs/n1')) return json(request.method === 'PUT' ? need(['m1']) : need(['m2']));
      if (path.endsWith('/measures/m1')) return json(measure('m1', ['other', 'n1']));
      if (path.endsWith('/measures/m2')) return json(measure('m2', ['other']));
      return new Response('{}', { status: 404, headers: { 'Content-Type': 'application/problem+json' } });
    }),
  );
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('saveNeedWithLinks', () => {
  it('saves the need, then links and unlinks measures from their side with their whole input and If-Match', async () => {
    const calls = fakeArea();
    const result = await saveNeedWithLinks('schinkel', input(['m2']), need(['m1']));

    expect(calls.map((c) => `${c.method} ${c.path.replace('/api/v1/areas/schinkel', '')} ${c.ifMatch ?? ''}`.trim())).toEqual([
      'PUT /needs/n1 "2"',
      'GET /measures/m2',
      'PUT /measures/m2 "5"',
      'GET /measures/m1',
      'PUT /measures/m1 "5"',
      'GET /needs/n1',
    ]);
    expect(calls[2]!.body).toMatchObject({ needIds: ['other', 'n1'], code: 'M2', location: 'Schinkel', actionFieldId: 'f1' });
    expect(calls[4]!.body).toMatchObject({ needIds: ['other'] });
    expect(result.measures.map((m) => m.id)).toEqual(['m2']);
  });

  it('touches no measure when the links stay the same', async () => {
    const calls = fakeArea();
    await saveNeedWithLinks('schinkel', input(['m1']), need(['m1']));
    expect(calls.map((c) => c.method + ' ' + c.path)).toEqual(['PUT /api/v1/areas/schinkel/needs/n1']);
  });
});
