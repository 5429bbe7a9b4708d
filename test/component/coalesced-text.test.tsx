// @vitest-environment jsdom
// A worksheet text field hands what is typed to the store coalesced (src/islands/use-coalesced-text.ts):
// one write for a burst of keys, and at once on blur, page hide or unmount, so nothing typed is lost.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TextField } from '../../src/islands/worksheets/fields';

function Sheet({ onWrite, initial = '' }: { onWrite: (v: string) => void; initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <TextField
      id="note"
      label="Note"
      value={value}
      onChange={(v) => {
        onWrite(v);
        setValue(v);
      }}
    />
  );
}

const typeInto = (box: HTMLElement, text: string) => {
  let value = (box as HTMLTextAreaElement).value;
  for (const ch of text) {
    value += ch;
    fireEvent.change(box, { target: { value } });
  }
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('coalesced text field', () => {
  it('shows every key at once and writes a burst of keys once, after a quiet moment', () => {
    const onWrite = vi.fn();
    render(<Sheet onWrite={onWrite} />);
    const box = screen.getByLabelText('Note');
    typeInto(box, 'Who signs?');
    expect(box).toHaveValue('Who signs?');
    expect(onWrite).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(300));
    expect(onWrite).toHaveBeenCalledTimes(1);
    expect(onWrite).toHaveBeenLastCalledWith('Who signs?');
  });

  it('writes at least once a second while typing goes on', () => {
    const onWrite = vi.fn();
    render(<Sheet onWrite={onWrite} />);
    const box = screen.getByLabelText('Note');
    for (let i = 0; i < 12; i++) {
      typeInto(box, 'x');
      act(() => vi.advanceTimersByTime(100));
    }
    expect(onWrite).toHaveBeenCalledTimes(1);
    expect(onWrite.mock.calls[0]![0]).toMatch(/^x{9,11}$/);
  });

  it('writes at once before another action, when the page is hidden or left, or the field goes away', () => {
    const onWrite = vi.fn();
    const { unmount } = render(
      <>
        <Sheet onWrite={onWrite} />
        <button type="button" onClick={() => onWrite('button saw the store')}>
          Add
        </button>
      </>,
    );
    const box = screen.getByLabelText('Note');
    typeInto(box, 'a');
    // Leaving the field alone writes nothing yet (a write could move the button being pressed)…
    fireEvent.blur(box);
    expect(onWrite).not.toHaveBeenCalled();
    // …the click writes first, before the button's own handler runs.
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(onWrite.mock.calls.map(([v]) => v)).toEqual(['a', 'button saw the store']);
    onWrite.mockClear();
    typeInto(box, 'b');
    act(() => {
      dispatchEvent(new Event('pagehide'));
    });
    expect(onWrite).toHaveBeenLastCalledWith('ab');
    typeInto(box, 'c');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    expect(onWrite).toHaveBeenLastCalledWith('abc');
    typeInto(box, 'd');
    unmount();
    expect(onWrite).toHaveBeenLastCalledWith('abcd');
    expect(onWrite).toHaveBeenCalledTimes(3);
  });

  it('keys typed into the field itself do not write; a key on another control does', () => {
    const onWrite = vi.fn();
    render(
      <>
        <Sheet onWrite={onWrite} />
        <select aria-label="Stage">
          <option>1</option>
        </select>
      </>,
    );
    const box = screen.getByLabelText('Note');
    typeInto(box, 'a b');
    fireEvent.keyDown(box, { key: ' ' });
    expect(onWrite).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByLabelText('Stage'), { key: 'ArrowDown' });
    expect(onWrite).toHaveBeenLastCalledWith('a b');
  });

  it('follows a value changed elsewhere when nothing is pending, and keeps what is typed when something is', () => {
    const onWrite = vi.fn();
    const { rerender } = render(<TextField id="n" label="N" value="old" onChange={onWrite} />);
    rerender(<TextField id="n" label="N" value="from another tab" onChange={onWrite} />);
    const box = screen.getByLabelText('N');
    expect(box).toHaveValue('from another tab');
    fireEvent.change(box, { target: { value: 'mine' } });
    rerender(<TextField id="n" label="N" value="theirs" onChange={onWrite} />);
    expect(box).toHaveValue('mine');
    act(() => vi.advanceTimersByTime(300));
    expect(onWrite).toHaveBeenLastCalledWith('mine');
  });
});

describe('coalesced text field beside tick boxes', () => {
  beforeEach(() => vi.useRealTimers());

  it('a tick right after typing keeps both the tick and the text', async () => {
    const { default: userEvent } = await import('@testing-library/user-event');
    const user = userEvent.setup();
    const onWrite = vi.fn();
    function Tick() {
      const [ticked, setTicked] = useState(false);
      return (
        <label>
          <input type="checkbox" checked={ticked} onChange={(e) => setTicked(e.currentTarget.checked)} /> Sponsor
        </label>
      );
    }
    render(
      <>
        <Sheet onWrite={onWrite} />
        <Tick />
      </>,
    );
    await user.type(screen.getByLabelText('Note'), 'Wang Li');
    await user.click(screen.getByLabelText('Sponsor'));
    expect(screen.getByLabelText('Sponsor')).toBeChecked();
    await vi.waitFor(() => expect(onWrite.mock.calls.map(([v]) => v)).toEqual(['Wang Li']));
    expect(screen.getByLabelText('Note')).toHaveValue('Wang Li');
  });
});
