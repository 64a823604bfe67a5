import { ageOn } from '../../domain/dossier/open-dossier';
import { StatsQuerySchema } from '../../domain/schemas/supervision';
import { ageGroupOf } from '../../domain/stats/age-groups';
import { latenessOf } from '../../domain/stats/lateness';
import { periodEndingOn, yearsOf } from '../../domain/stats/period';
import { percentOfTarget } from '../../domain/stats/plan';

describe('age groups of the supervision reports', () => {
  it('puts everyone under 18 on the detection date with the minors of LPCMT art. 33', () => {
    expect(ageGroupOf(12)).toBe('12-17');
    expect(ageGroupOf(17)).toBe('12-17');
    expect(ageGroupOf(18)).toBe('18-29');
  });

  it('bands adults at 30 and 40', () => {
    expect(ageGroupOf(29)).toBe('18-29');
    expect(ageGroupOf(30)).toBe('30-39');
    expect(ageGroupOf(39)).toBe('30-39');
    expect(ageGroupOf(40)).toBe('40+');
    expect(ageGroupOf(71)).toBe('40+');
  });

  it('counts the age on the detection date, so an 18th birthday the day after still counts as a minor', () => {
    expect(ageGroupOf(ageOn('2008-03-15', '2026-03-14'))).toBe('12-17');
    expect(ageGroupOf(ageOn('2008-03-15', '2026-03-15'))).toBe('18-29');
  });
});

describe('lateness on the overdue board', () => {
  const dueAt = new Date('2026-11-20T10:00:00Z');

  it('says days and hours in Vietnamese', () => {
    expect(latenessOf(dueAt, new Date('2026-11-23T14:30:00Z'))).toEqual({ days: 3, hours: 4, text: 'quá hạn 3 ngày 4 giờ' });
  });

  it('leaves out a zero part', () => {
    expect(latenessOf(dueAt, new Date('2026-11-22T10:10:00Z')).text).toBe('quá hạn 2 ngày');
    expect(latenessOf(dueAt, new Date('2026-11-20T15:00:00Z')).text).toBe('quá hạn 5 giờ');
  });

  it('says "under an hour" just after the due time', () => {
    expect(latenessOf(dueAt, new Date('2026-11-20T10:59:00Z'))).toEqual({ days: 0, hours: 0, text: 'quá hạn dưới 1 giờ' });
  });
});

describe('report periods', () => {
  it('ends a named period today and includes both ends', () => {
    expect(periodEndingOn('6m', '2026-11-23')).toEqual({ from: '2026-05-24', to: '2026-11-23' });
    expect(periodEndingOn('1y', '2026-11-23')).toEqual({ from: '2025-11-24', to: '2026-11-23' });
    expect(periodEndingOn('ytd', '2026-11-23')).toEqual({ from: '2026-01-01', to: '2026-11-23' });
  });

  it('lists the plan years a period touches', () => {
    expect(yearsOf({ from: '2025-11-24', to: '2026-11-23' })).toEqual([2025, 2026]);
    expect(yearsOf({ from: '2026-01-01', to: '2026-03-31' })).toEqual([2026]);
  });

  it('refuses a period given both by name and by dates, half a range, or a range that ends before it starts', () => {
    expect(StatsQuerySchema.safeParse({ period: '6m', from: '2026-01-01', to: '2026-02-01' }).success).toBe(false);
    expect(StatsQuerySchema.safeParse({ from: '2026-01-01' }).success).toBe(false);
    expect(StatsQuerySchema.safeParse({ from: '2026-03-01', to: '2026-02-01' }).success).toBe(false);
    expect(StatsQuerySchema.safeParse({ from: '2026-02-01', to: '2026-03-01' }).success).toBe(true);
  });
});

describe('plan against actual', () => {
  it('gives the actual as a whole percent of the target', () => {
    expect(percentOfTarget(7, 14)).toBe(50);
    expect(percentOfTarget(15, 14)).toBe(107);
  });

  it('gives no percent of a target of 0', () => {
    expect(percentOfTarget(3, 0)).toBeNull();
  });
});
