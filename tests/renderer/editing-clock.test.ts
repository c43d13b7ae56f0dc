// Active editing time: gaps between moments of activity count when shorter than 30 s.
import { describe, expect, it } from 'vitest';
import { EditingClock, IDLE_LIMIT_MS } from '../../renderer/work/editing-clock';

describe('EditingClock', () => {
  it('counts the time between close moments of activity, not the pauses', () => {
    const clock = new EditingClock();
    clock.reset(1000);
    clock.activity(0);
    clock.activity(400);
    clock.activity(1_400);
    expect(clock.ms).toBe(1000 + 1_400);
    // Away for a minute: that pause counts nothing, the next stretch starts afresh.
    clock.activity(1_400 + 60_000);
    clock.activity(1_400 + 60_000 + 250);
    expect(clock.ms).toBe(1000 + 1_400 + 250);
    clock.activity(1_400 + 60_000 + 250 + IDLE_LIMIT_MS);
    expect(clock.ms).toBe(1000 + 1_400 + 250 + IDLE_LIMIT_MS);
    // Showing another article's work starts from its time, with no stretch open.
    clock.reset(5);
    clock.activity(10_000_000);
    expect(clock.ms).toBe(5);
  });
});
