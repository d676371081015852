import { describe, expect, it } from 'vitest';
import { showWithOptions } from './show-options';

describe('showWithOptions', () => {
  it('reads choices by their labels and everything else as plain text', () => {
    type V = { status: string; groups: string[]; measures: { value: string; label: string }[]; title: string };
    const show = showWithOptions<V>({
      status: [{ value: 'HELD', label: 'Stattgefunden' }],
      groups: [{ value: 'YOUTH', label: 'Jugendliche' }],
    });
    expect(show('status', 'HELD')).toBe('Stattgefunden');
    expect(show('status', 'UNKNOWN')).toBe('UNKNOWN');
    expect(show('status', '')).toBe('');
    expect(show('groups', ['YOUTH', 'SENIORS'])).toBe('Jugendliche, SENIORS');
    expect(show('measures', [{ value: 'm1', label: 'BQ-01 Jugend' }])).toBe('BQ-01 Jugend');
    expect(show('title', 'Titel')).toBe('Titel');
  });
});
