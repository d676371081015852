import { fireEvent, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useErrorSummaryFocus } from './error-summary';

function Form() {
  const [shown, setShown] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const focusSummary = useErrorSummaryFocus(summary);
  return (
    <>
      {shown ? (
        <div ref={summary} role="alert" tabIndex={-1}>
          Bitte prüfen Sie Ihre Eingaben.
        </div>
      ) : null}
      <button
        onClick={() => {
          setShown(true);
          focusSummary();
        }}
      >
        Speichern
      </button>
    </>
  );
}

describe('useErrorSummaryFocus', () => {
  it('focuses an element shown by the same update as soon as it is there, not a frame later', () => {
    render(<Form />);
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    // no waiting: the focus moved in the commit that showed the element
    expect(screen.getByRole('alert')).toHaveFocus();
  });

  it('focuses again on every request', () => {
    render(<Form />);
    const button = screen.getByRole('button', { name: 'Speichern' });
    fireEvent.click(button);
    button.focus();
    fireEvent.click(button);
    expect(screen.getByRole('alert')).toHaveFocus();
  });
});
