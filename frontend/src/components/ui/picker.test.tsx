import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { PickerOption } from '@/lib/record-form';
import { Picker } from './picker';

const ACTORS: PickerOption[] = [
  { value: 'a1', label: 'Quartiersmanagement' },
  { value: 'a2', label: 'Jugendhaus' },
  { value: 'a3', label: 'Grundschule' },
];

const search = vi.fn((text: string) => Promise.resolve(ACTORS.filter((a) => a.label.toLowerCase().includes(text.toLowerCase()))));

function Harness({ multiple, initial = [], onSubmit }: { multiple?: boolean; initial?: PickerOption[]; onSubmit?: () => void }) {
  const [value, setValue] = useState(initial);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit?.();
      }}
    >
      <Picker id="actors" label="Akteure" multiple={multiple} value={value} onChange={setValue} search={search} delay={0} />
      <span data-testid="value">{value.map((v) => v.value).join(',')}</span>
    </form>
  );
}

const combobox = () => screen.getByRole('combobox', { name: 'Akteure' });
const chosen = () => screen.getByTestId('value').textContent;

describe('Picker', () => {
  it('is a combobox controlling a listbox; typing searches and lists the matches', async () => {
    render(<Harness />);
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    await userEvent.type(combobox(), 'ju');
    const list = await screen.findByRole('listbox', { name: 'Akteure' });
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    expect(combobox()).toHaveAttribute('aria-controls', list.id);
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual(['Jugendhaus']);
    expect(search).toHaveBeenLastCalledWith('ju', expect.any(AbortSignal));
  });

  it('moves with the arrow keys (wrapping), picks with Enter without submitting the form', async () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    combobox().focus();
    await userEvent.keyboard('{ArrowDown}');
    await screen.findByRole('listbox');
    await userEvent.keyboard('{ArrowDown}');
    const options = screen.getAllByRole('option');
    expect(combobox()).toHaveAttribute('aria-activedescendant', options[0]!.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowUp}');
    expect(combobox()).toHaveAttribute('aria-activedescendant', options[2]!.id);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(chosen()).toBe('a2');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(combobox()).toHaveFocus();
  });

  it('closes with Escape, keeping the choice; a single pick replaces the previous one', async () => {
    render(<Harness initial={[ACTORS[0]!]} />);
    await userEvent.type(combobox(), 'grund');
    await screen.findByRole('listbox');
    await userEvent.keyboard('{Escape}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(chosen()).toBe('a1');
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(chosen()).toBe('a3');
  });

  it('in multi mode adds chips, hides chosen options from the list, and removes a chip by its button', async () => {
    render(<Harness multiple initial={[ACTORS[0]!]} />);
    combobox().focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Jugendhaus', 'Grundschule']));
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(chosen()).toBe('a1,a2');
    await userEvent.click(screen.getByRole('button', { name: '„Quartiersmanagement“ entfernen' }));
    expect(chosen()).toBe('a2');
    expect(combobox()).toHaveFocus();
  });

  it('says when nothing matches', async () => {
    render(<Harness />);
    await userEvent.type(combobox(), 'xyz');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Keine Treffer.'));
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
  });
});
