import { describe, expect, it } from 'vitest';
import {
  canaryLevel,
  databaseLevel,
  heartbeatLevel,
  outboxLevel,
  queueLevel,
  slaLevel,
  worstLevel,
} from './health-levels';

describe('health levels', () => {
  it('turns each figure into green, amber or red', () => {
    expect(databaseLevel(3)).toBe('ok');
    expect(databaseLevel(900)).toBe('warn');
    expect(databaseLevel(null)).toBe('down');
    expect(queueLevel({ failed: 0, oldestWaitingAgeS: null })).toBe('ok');
    expect(queueLevel({ failed: 2, oldestWaitingAgeS: 1 })).toBe('warn');
    expect(queueLevel({ failed: 0, oldestWaitingAgeS: 3600 })).toBe('down');
    expect(outboxLevel(null)).toBe('ok');
    expect(outboxLevel(30)).toBe('warn');
    expect(outboxLevel(600)).toBe('down');
    expect(heartbeatLevel([])).toBe('down');
    expect(heartbeatLevel([2])).toBe('ok');
    expect(heartbeatLevel([14])).toBe('warn');
    expect(canaryLevel('ok')).toBe('ok');
    expect(canaryLevel('pending')).toBe('warn');
    expect(canaryLevel('never')).toBe('warn');
    expect(canaryLevel('late')).toBe('down');
    expect(canaryLevel('failed')).toBe('down');
    expect(canaryLevel('missing')).toBe('down');
    expect(slaLevel(0)).toBe('ok');
    expect(slaLevel(3)).toBe('warn');
  });

  it('takes the worst level for the whole', () => {
    expect(worstLevel(['ok', 'warn', 'ok'])).toBe('warn');
    expect(worstLevel(['ok', 'down', 'warn'])).toBe('down');
    expect(worstLevel([])).toBe('ok');
  });
});
