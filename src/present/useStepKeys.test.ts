import { describe, expect, it } from 'vitest';
import { commandFor } from './useStepKeys';

describe('commandFor', () => {
  it('maps slide-clicker and keyboard keys', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((k) => commandFor(k, false))).toEqual([
      'next',
      'next',
      'next',
      'next',
    ]);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => commandFor(k, false))).toEqual([
      'previous',
      'previous',
      'previous',
    ]);
    expect(commandFor(' ', true)).toBe('previous');
    expect(commandFor('Home', false)).toBe('first');
    expect(commandFor('End', false)).toBe('last');
    expect(commandFor('Escape', false)).toBe('exit');
    expect(commandFor('F', true)).toBe('fullscreen');
    expect(commandFor('a', false)).toBeNull();
  });
});
