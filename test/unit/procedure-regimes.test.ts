import { createHash } from 'node:crypto';
import { getRegime, regimeInForce, regimes, stepIds, type RegimeId } from '../../domain/procedure';

describe('procedure regimes (docs/legal/README.md#regimes)', () => {
  it.each([
    ['2022-01-01', '2022'],
    ['2025-02-28', '2022'],
    ['2025-03-01', '2025'],
    ['2026-06-30', '2025'],
    ['2026-07-01', '2026'],
    ['2026-11-23', '2026'],
  ])('a case detected on %s follows regime %s', (detectedOn, regimeId) => {
    expect(regimeInForce(detectedOn)?.id).toBe(regimeId);
  });

  it('has no regime before the 2021 law took effect', () => {
    expect(regimeInForce('2021-12-31')).toBeUndefined();
  });

  it.each(Object.keys(regimes) as RegimeId[])('regime %s only names steps that exist and never lets a supervisor act', (id) => {
    const regime = getRegime(id);
    for (const action of Object.values(regime.actions)) {
      for (const step of action.at) expect(stepIds).toContain(step);
      expect(action.by).not.toContain('supervisor');
    }
    for (const [from, targets] of Object.entries(regime.transitions)) {
      expect(stepIds).toContain(from);
      for (const step of targets) expect(stepIds).toContain(step);
    }
  });

  it.each(Object.keys(regimes) as RegimeId[])('regime %s cannot be changed at run time', (id) => {
    const regime = getRegime(id);
    expect(Object.isFrozen(regime.actions.submit.by)).toBe(true);
    expect(() => {
      (regime.steps.court.deadlines[0] as { amount: number }).amount = 99;
    }).toThrow(TypeError);
  });

  it('keeps each regime table as recorded: a change to a table is a new regime, not an edit', () => {
    const fingerprints = Object.fromEntries(
      Object.values(regimes).map((regime) => [regime.id, createHash('sha256').update(JSON.stringify(regime)).digest('hex').slice(0, 16)]),
    );
    expect(fingerprints).toMatchSnapshot();
  });
});
