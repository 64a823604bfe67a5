import { isRecordedAction, recordedBody, type ActionRequest } from '../../domain/dossier';
import type { Actor, TimelineEvent } from '../../domain/dossier/state';
import { parseActionInput, type ActionInput } from '../../domain/schemas/actions';
import { noExclusion } from '../support/dossier-driver';

/*
 * The contract the API, the workflow and the console share: each action's body has its own type. The
 * `@ts-expect-error` lines are checked by `tsc` (jest strips types): if `ActionRequest` widened so that one action's
 * body passed for another's, they would stop being errors and the type check would fail.
 */

const actor: Actor = { userId: 'demo-police-x01', role: 'commune_police', unitCode: 'DEMO-X01' };
const requests: ActionRequest[] = [];
const ask = (request: ActionRequest) => requests.push(request);

describe('an action request is typed by its action', () => {
  it("accepts each action's own body and refuses another action's", () => {
    ask({ action: 'submit', actor, body: { reviewerUnitCode: 'DEMO-PC04', exclusionCheck: noExclusion } });
    ask({ action: 'approve', actor, body: { courtUnitCode: 'DEMO-TA01', proposedMonths: 12 } });
    // @ts-expect-error -- the body of `approve` is not a body of `submit`
    ask({ action: 'submit', actor, body: { courtUnitCode: 'DEMO-TA01', proposedMonths: 12 } });
    // @ts-expect-error -- `submit` must name the reviewing body and the exclusions checked
    ask({ action: 'submit', actor, body: {} });
    // @ts-expect-error -- a result outside the schema's enum
    ask({ action: 'record-determination', actor, body: { result: 'maybe' } });
    // @ts-expect-error -- a term given as text
    ask({ action: 'reduce-term', actor, body: { months: '3' } });
    // @ts-expect-error -- no such action
    ask({ action: 'record-everything', actor, body: {} });
    // Types are erased at run time: what stops these requests is the API's parsing and the workflow's validator.
    expect(requests.map((request) => request.action)).toEqual([
      'submit',
      'approve',
      'submit',
      'submit',
      'record-determination',
      'reduce-term',
      'record-everything',
    ]);
  });

  it('gives a field only once the action is known', () => {
    const proposed = (request: ActionRequest) => {
      // @ts-expect-error -- `proposedMonths` is a field of `approve` only
      void request.body.proposedMonths;
      return request.action === 'approve' ? request.body.proposedMonths : undefined;
    };
    expect(proposed({ action: 'approve', actor, body: { courtUnitCode: 'DEMO-TA01', proposedMonths: 18 } })).toBe(18);
    expect(proposed({ action: 'submit', actor, body: { reviewerUnitCode: 'DEMO-PC04', exclusionCheck: noExclusion } })).toBeUndefined();
  });

  it('types one action alone, or a chosen few', () => {
    const approve: ActionRequest<'approve'> = { action: 'approve', actor, body: { courtUnitCode: 'DEMO-TA01', proposedMonths: 12 } };
    // @ts-expect-error -- an `ActionRequest<'approve'>` is no other action
    const other: ActionRequest<'approve'> = { action: 'submit', actor, body: { reviewerUnitCode: 'DEMO-PC04' } };
    const returned: ActionInput<'return-for-supplementation' | 'court-return'> = { action: 'court-return', body: { reasons: 'Thiếu tài liệu', judge: 'Nguyễn Văn A' } };
    // @ts-expect-error -- the reviewing body's return names no judge
    const misnamed: ActionInput<'return-for-supplementation' | 'court-return'> = { action: 'return-for-supplementation', body: { reasons: 'Thiếu tài liệu', judge: 'Nguyễn Văn A' } };
    expect([approve.body.proposedMonths, other.action, returned.action, misnamed.action]).toEqual([12, 'submit', 'court-return', 'return-for-supplementation']);
  });
});

describe("parsing an action's body", () => {
  it('answers the body typed by the action named, validated by its schema', () => {
    const input = parseActionInput('approve', { courtUnitCode: 'DEMO-TA01', proposedMonths: 12 });
    const months: number = input.body.proposedMonths;
    expect(months).toBe(12);
    expect(() => parseActionInput('submit', { courtUnitCode: 'DEMO-TA01', proposedMonths: 12 })).toThrow();
  });

  it('keeps the action and its body together when the action is only known at run time', () => {
    const requestOf = (action: 'approve' | 'submit', body: unknown): ActionRequest => {
      const input = parseActionInput(action, body);
      // @ts-expect-error -- taken apart, the body no longer belongs to its action
      const apart: ActionRequest = { action: input.action, actor, body: input.body };
      void apart;
      return { ...input, actor };
    };
    const request = requestOf('submit', { reviewerUnitCode: 'DEMO-PC04', exclusionCheck: noExclusion });
    expect(request.action === 'submit' && request.body.reviewerUnitCode).toBe('DEMO-PC04');
  });

  it('hands the API its own parser, so that it refuses in its own words', () => {
    const refused = new Error('422');
    const input = parseActionInput('court-extend', { reasons: 'Vụ việc phức tạp' }, (schema, body) => {
      const result = schema.safeParse(body);
      if (!result.success) throw refused;
      return result.data;
    });
    expect(input.body.reasons).toBe('Vụ việc phức tạp');
  });
});

describe('a recorded action keeps its body typed', () => {
  const event: TimelineEvent = {
    seq: 3,
    kind: 'action',
    action: 'court-decide',
    stepBefore: 'court',
    stepAfter: 'complaint-window',
    actor,
    occurredOn: '2026-11-20',
    recordedAt: '2026-11-20T03:00:00.000Z',
    details: { outcome: 'apply', months: 18, centreUnitCode: 'DEMO-CS01', escortUnitCode: 'DEMO-CA01' },
  };

  it('reads the body of the action the event records, and nothing for another action', () => {
    const outcome: 'apply' | 'not-apply' | undefined = recordedBody(event, 'court-decide')?.outcome;
    expect(outcome).toBe('apply');
    expect(recordedBody(event, 'approve')).toBeUndefined();
    if (isRecordedAction(event, 'court-decide')) {
      const months: number | undefined = event.details.months;
      expect(months).toBe(18);
      // @ts-expect-error -- `reasons` is no field of `court-decide`
      void event.details.reasons;
    }
  });
});
