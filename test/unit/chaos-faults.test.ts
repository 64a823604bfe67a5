import { faultKinds, faultSchedule, fullFaults, oneOfEach } from '../../scripts/chaos/faults';

describe('the chaos run’s fault schedule', () => {
  it('injects exactly the faults asked for', () => {
    const schedule = faultSchedule(fullFaults);
    expect(schedule).toHaveLength(44);
    for (const kind of faultKinds) expect(schedule.filter((fault) => fault === kind)).toHaveLength(fullFaults[kind]);
    expect(faultSchedule(oneOfEach)).toEqual([...faultKinds]);
  });

  it('spreads each kind over the whole run rather than bunching it', () => {
    const schedule = faultSchedule(fullFaults);
    const positions = (kind: (typeof faultKinds)[number]) => schedule.flatMap((fault, index) => (fault === kind ? [index] : []));
    for (const kind of ['restart PostgreSQL', 'restart MinIO', 'restart the Temporal server'] as const) {
      const at = positions(kind);
      // Neither all in the first half nor all in the second.
      expect(at.some((index) => index < schedule.length / 2)).toBe(true);
      expect(at.some((index) => index >= schedule.length / 2)).toBe(true);
    }
    const kills = positions('kill -9 a workflow worker');
    expect(Math.max(...kills.slice(1).map((index, n) => index - (kills[n] as number)))).toBeLessThanOrEqual(6);
  });
});
