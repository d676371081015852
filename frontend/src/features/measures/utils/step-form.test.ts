import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/lib/api-client';
import { formToStepInput, reorder, stepToForm, stepWithPosition } from './step-form';

const step = (id: string, position: number): Schemas['ActionStep'] => ({
  id,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  measureId: 'm',
  title: `Schritt ${id}`,
  description: null,
  dueDate: '2026-03-01',
  status: 'OPEN',
  responsibleActor: { id: 'a1', name: 'AWO', kind: 'SOCIAL_ORGANISATION' },
  position,
});

describe('reorder', () => {
  it('swaps a step with its neighbour and numbers the positions 0, 1, 2 … (only changed ones)', () => {
    const steps = [step('a', 0), step('b', 1), step('c', 2)];
    expect(reorder(steps, 0, 1).map(({ step: s, position }) => [s.id, position])).toEqual([
      ['b', 0],
      ['a', 1],
    ]);
    expect(reorder(steps, 2, -1).map(({ step: s, position }) => [s.id, position])).toEqual([
      ['c', 1],
      ['b', 2],
    ]);
  });
  it('repairs equal positions and does nothing past either end', () => {
    const steps = [step('a', 0), step('b', 0), step('c', 0)];
    expect(reorder(steps, 1, 1).map(({ step: s, position }) => [s.id, position])).toEqual([
      ['c', 1],
      ['b', 2],
    ]);
    expect(reorder(steps, 0, -1)).toEqual([]);
    expect(reorder(steps, 2, 1)).toEqual([]);
  });
});

describe('step input', () => {
  it('keeps everything of a step but its new position', () => {
    expect(stepWithPosition(step('a', 0), 3)).toEqual({ title: 'Schritt a', description: null, dueDate: '2026-03-01', status: 'OPEN', responsibleActorId: 'a1', position: 3 });
  });
  it('sends blanks as null and no actor when none is picked', () => {
    expect(formToStepInput({ ...stepToForm(undefined), title: ' Neu ' }, 4)).toEqual({ title: 'Neu', description: null, dueDate: null, status: 'OPEN', responsibleActorId: null, position: 4 });
  });
});
