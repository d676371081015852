import { describe, expect, it } from 'vitest';
import { filterOptions as matching } from '@/lib/record-form';

describe('picker matching', () => {
  const options = Array.from({ length: 30 }, (_, i) => ({ value: String(i), label: i === 7 ? 'Quartiersmanagement Schinkel' : `Akteur ${i}` }));

  it('matches what was typed so far anywhere in the label, in any case', () => {
    expect(matching(options, 'QUARTIER')).toEqual([{ value: '7', label: 'Quartiersmanagement Schinkel' }]);
    expect(matching(options, 'schin').map((o) => o.value)).toEqual(['7']);
  });

  it('offers at most 20 choices, the first ones for an empty text', () => {
    expect(matching(options, '')).toHaveLength(20);
    expect(matching(options, '')[0]!.value).toBe('0');
  });
});
