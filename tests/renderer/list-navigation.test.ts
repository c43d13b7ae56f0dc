import { describe, expect, it } from 'vitest';
import { navigationTarget } from '../../renderer/ui/list/navigation';

describe('navigationTarget', () => {
  it('moves by one and clamps at both ends', () => {
    expect(navigationTarget('ArrowDown', 1, 4)).toBe(2);
    expect(navigationTarget('ArrowDown', 3, 4)).toBe(3);
    expect(navigationTarget('ArrowUp', 1, 4)).toBe(0);
    expect(navigationTarget('ArrowUp', 0, 4)).toBe(0);
  });
  it('jumps to the first and last row', () => {
    expect(navigationTarget('Home', 2, 4)).toBe(0);
    expect(navigationTarget('End', 0, 4)).toBe(3);
  });
  it('leaves other keys to the list', () => {
    expect(navigationTarget('Enter', 1, 4)).toBeUndefined();
    expect(navigationTarget(' ', 1, 4)).toBeUndefined();
  });
});

describe('navigationTarget by pages', () => {
  it('moves a page at a time and clamps', () => {
    expect(navigationTarget('PageDown', 0, 100, 12)).toBe(12);
    expect(navigationTarget('PageDown', 95, 100, 12)).toBe(99);
    expect(navigationTarget('PageUp', 5, 100, 12)).toBe(0);
    expect(navigationTarget('PageUp', 50, 100, 12)).toBe(38);
  });
  it('has nowhere to go in an empty list', () => {
    expect(navigationTarget('ArrowDown', 0, 0)).toBeUndefined();
  });
});
