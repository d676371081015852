import { act, cleanup, render, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { useRecordForm, type RecordFormDefinition } from './use-record-form';

type Rec = { id: string; version: number; name: string; size: number };
type V = { name: string; size: string };
type Input = { name: string; size: number };

const saved: Rec = { id: 'r1', version: 1, name: 'Alt', size: 2 };

/** Runs `action` in act() and lets the save it starts settle before the test goes on. */
// eslint-disable-next-line @typescript-eslint/require-await -- an async callback is what makes act() wait for that work
const settle = (action: () => void) => act(async () => action());

function definition(overrides: Partial<RecordFormDefinition<Rec, V, Input>> = {}): RecordFormDefinition<Rec, V, Input> {
  return {
    fields: ['name', 'size'],
    labels: { name: 'Name', size: 'Größe' },
    toValues: (r) => ({ name: r?.name ?? '', size: r ? String(r.size) : '1' }),
    rules: { name: { required: true, maxLength: 10 }, size: { required: true, integer: { min: 0, max: 9 } } },
    toInput: (v) => ({ name: v.name.trim(), size: Number(v.size) }),
    save: vi.fn((input: Input, base: Rec | undefined) => Promise.resolve({ id: base?.id ?? 'new', version: (base?.version ?? 0) + 1, ...input })),
    ...overrides,
  };
}

const problem = (status: number, extra: object = {}) => new ApiError(status, { type: 'about:blank', title: 't', status, ...extra });

/** Runs the hook inside a data router (it uses a blocker) and hands out its latest result; `rerender` passes a new record. */
function setUp(def: RecordFormDefinition<Rec, V, Input>, record: Rec | null = saved) {
  const result: { current: ReturnType<typeof useRecordForm<Rec, V, Input>>; rerender: (r: Rec) => void } = { current: undefined!, rerender: () => {} };
  function Harness() {
    const [rec, setRec] = useState(record ?? undefined);
    result.rerender = setRec;
    result.current = useRecordForm(def, rec);
    return null;
  }
  render(<RouterProvider router={createMemoryRouter([{ path: '/', element: <Harness /> }])} />);
  return result;
}

describe('useRecordForm', () => {
  it('shows client errors once a field was left or a save was tried, and sends nothing while they stand', () => {
    const def = definition();
    const form = setUp(def);
    act(() => form.current.set('name', ''));
    expect(form.current.errors).toEqual({});
    act(() => form.current.touch('name'));
    expect(form.current.errors).toEqual({ name: 'Bitte füllen Sie „Name“ aus.' });
    act(() => form.current.set('size', '12'));
    act(() => form.current.submit());
    expect(form.current.summaryErrors.map((e) => e.field)).toEqual(['name', 'size']);
    expect(def.save).not.toHaveBeenCalled();
  });

  it('is dirty until saved, then based on the saved version', async () => {
    const onSaved = vi.fn();
    const def = definition({ onSaved });
    const form = setUp(def);
    expect(form.current.dirty).toBe(false);
    act(() => form.current.set('name', ' Neu '));
    expect(form.current.dirty).toBe(true);
    await settle(() => form.current.submit());
    expect(def.save).toHaveBeenCalledWith({ name: 'Neu', size: 2 }, saved);
    expect(form.current.dirty).toBe(false);
    expect(form.current.base).toMatchObject({ version: 2, name: 'Neu' });
    expect(form.current.saved).toMatchObject({ version: 2 });
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ version: 2 }), false);
  });

  it('creates without a base and reports it as created', async () => {
    const onSaved = vi.fn();
    const def = definition({ onSaved });
    const form = setUp(def, null);
    act(() => form.current.set('name', 'Neu'));
    await settle(() => form.current.submit());
    expect(def.save).toHaveBeenCalledWith({ name: 'Neu', size: 1 }, undefined);
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'new' }), true));
  });

  it("maps the API's 400 messages to fields and the rest to the summary; a change clears the field's message", async () => {
    const def = definition({
      save: vi.fn(() => Promise.reject(problem(400, { errors: [{ field: 'sizeValue', message: 'zu groß' }, { field: 'other', message: 'kaputt' }] }))),
      apiFields: { sizeValue: 'size' },
    });
    const form = setUp(def);
    await settle(() => form.current.submit());
    expect(form.current.errors).toEqual({ size: 'zu groß' });
    expect(form.current.general).toBe('other: kaputt');
    act(() => form.current.set('size', '3'));
    expect(form.current.errors).toEqual({});
  });

  it('shows a refusal without field messages as a general message, or a duplicate next to the unique field', async () => {
    const save = vi.fn(() => Promise.reject(problem(409, { detail: 'Name schon vergeben' })));
    const form = setUp(definition({ save }));
    await settle(() => form.current.submit());
    expect(form.current.general).toBe('Name schon vergeben');
    expect(form.current.errors).toEqual({});
    cleanup();

    const unique = setUp(definition({ save, uniqueField: 'name' }));
    await settle(() => unique.current.submit());
    expect(unique.current.general).toBeUndefined();
    expect(unique.current.errors).toEqual({ name: 'Name schon vergeben' });
    expect(unique.current.summaryErrors).toEqual([{ field: 'name', message: 'Name schon vergeben' }]);
  });

  it('on 412 shows the differences to the current version; reload takes it, overwrite saves mine against it', async () => {
    const theirs: Rec = { ...saved, version: 5, size: 7 };
    let first = true;
    const save = vi.fn((input: Input, base: Rec | undefined) => {
      if (first) {
        first = false;
        return Promise.reject(problem(412));
      }
      return Promise.resolve({ ...base!, ...input, version: base!.version + 1 });
    });
    const def = definition({ save, fetchCurrent: vi.fn(() => Promise.resolve(theirs)) });
    const form = setUp(def);
    act(() => form.current.set('name', 'Meins'));
    await settle(() => form.current.submit());
    expect(form.current.conflict?.diffs).toEqual([
      { field: 'name', mine: 'Meins', theirs: 'Alt' },
      { field: 'size', mine: '2', theirs: '7' },
    ]);
    expect(form.current.values.name).toBe('Meins');

    await settle(() => form.current.overwrite());
    expect(save).toHaveBeenLastCalledWith({ name: 'Meins', size: 2 }, theirs);
    expect(form.current.conflict).toBeNull();
    expect(form.current.base).toMatchObject({ version: 6 });
  });

  it('on 412 "reload" discards my input for the current version', async () => {
    const theirs: Rec = { ...saved, version: 5, name: 'Ihrs' };
    const def = definition({ save: vi.fn(() => Promise.reject(problem(412))), fetchCurrent: () => Promise.resolve(theirs) });
    const form = setUp(def);
    act(() => form.current.set('name', 'Meins'));
    await settle(() => form.current.submit());
    act(() => form.current.reload());
    expect(form.current.values.name).toBe('Ihrs');
    expect(form.current.base).toBe(theirs);
    expect(form.current.dirty).toBe(false);
  });

  it('on 401 keeps the input and retries after logging in again', async () => {
    const save = vi.fn().mockRejectedValueOnce(problem(401)).mockImplementation((input: Input) => Promise.resolve({ ...saved, ...input, version: 2 }));
    const def = definition({ save });
    const form = setUp(def);
    act(() => form.current.set('name', 'Meins'));
    await settle(() => form.current.submit());
    expect(form.current.expired).toBe(true);
    expect(form.current.values.name).toBe('Meins');
    await settle(() => form.current.retryAfterLogin());
    expect(save).toHaveBeenCalledTimes(2);
    expect(form.current.expired).toBe(false);
    expect(form.current.saved).toMatchObject({ name: 'Meins' });
  });

  it('adopts a newer version that differs only outside the form, keeping my input', async () => {
    const form = setUp(definition());
    act(() => form.current.set('name', 'Meins'));
    act(() => form.rerender({ ...saved, version: 4 }));
    await waitFor(() => expect(form.current.base?.version).toBe(4));
    expect(form.current.values.name).toBe('Meins');
    act(() => form.rerender({ ...saved, version: 5, size: 8 }));
    expect(form.current.base?.version).toBe(4);
  });

  it('on 412 saves again without asking when the newer version changed nothing this form shows', async () => {
    const theirs: Rec = { ...saved, version: 7 };
    const save = vi.fn().mockRejectedValueOnce(problem(412)).mockImplementation((input: Input, base: Rec) => Promise.resolve({ ...base, ...input, version: base.version + 1 }));
    const form = setUp(definition({ save, fetchCurrent: () => Promise.resolve(theirs) }));
    act(() => form.current.set('name', 'Meins'));
    await settle(() => form.current.submit());
    expect(form.current.conflict).toBeNull();
    expect(save).toHaveBeenLastCalledWith({ name: 'Meins', size: 2 }, theirs);
    expect(form.current.saved).toMatchObject({ version: 8, name: 'Meins' });
  });
});
