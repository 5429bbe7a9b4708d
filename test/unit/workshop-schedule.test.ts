import { describe, expect, it } from 'vitest';
import { scheduleDay, toClock, toMinutes } from '../../src/lib/workshop-schedule';

const modules = { noticing: 75, identifying: 90 };

describe('clock times', () => {
  it.each([
    ['00:00', 0],
    ['09:00', 540],
    ['16:45', 1005],
    ['23:59', 1439],
  ])('%s is %i minutes after midnight and back', (clock, minutes) => {
    expect(toMinutes(clock)).toBe(minutes);
    expect(toClock(minutes)).toBe(clock);
  });
  it('rejects what is not a time', () => expect(() => toMinutes('9am')).toThrow(/not a time/));
});

describe('scheduleDay', () => {
  it('gives every session its clock times, modules at their declared length', () => {
    const day = scheduleDay(
      {
        start: '09:00',
        end: '12:00',
        sessions: [
          { id: 'welcome', minutes: 15, title: 'Welcome' },
          { module: 'noticing' },
          { id: 'break', minutes: 15, title: 'Break', isBreak: true },
          { module: 'identifying' },
        ],
      },
      modules,
    );
    expect(day.sessions.map((s) => [s.key, s.starts, s.ends, s.isModule, s.isBreak])).toEqual([
      ['welcome', '09:00', '09:15', false, false],
      ['noticing', '09:15', '10:30', true, false],
      ['break', '10:30', '10:45', false, true],
      ['identifying', '10:45', '12:15', true, false],
    ]);
    expect(day.usedMinutes).toBe(195);
    expect(day.availableMinutes).toBe(180);
  });

  it.each([
    [
      'a day that fits',
      { start: '09:00', end: '12:00', sessions: [{ module: 'noticing' }, { module: 'identifying' }] },
      [],
    ],
    [
      'a day that fits exactly',
      { start: '09:00', end: '11:45', sessions: [{ module: 'noticing' }, { module: 'identifying' }] },
      [],
    ],
    [
      'a day that overruns',
      { start: '09:00', end: '11:00', sessions: [{ module: 'noticing' }, { module: 'identifying' }] },
      ['the sessions take 165 minutes, the day has 120 (09:00–11:00)'],
    ],
    [
      'an unknown module',
      { start: '09:00', end: '17:00', sessions: [{ module: 'prospecting' }] },
      ['no facilitation module for stage "prospecting"'],
    ],
    [
      'a module run twice',
      { start: '09:00', end: '17:00', sessions: [{ module: 'noticing' }, { module: 'noticing' }] },
      ['module run twice in one day: noticing'],
    ],
    [
      'a day that ends before it starts',
      { start: '17:00', end: '09:00', sessions: [{ module: 'noticing' }] },
      ['the day ends (09:00) before it starts (17:00)'],
    ],
  ])('%s', (_, day, problems) => {
    expect(scheduleDay(day, modules).problems).toEqual(problems);
  });
});
