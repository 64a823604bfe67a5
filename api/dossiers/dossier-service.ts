import { createHash, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ServiceError,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
  type Client,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Sql } from 'postgres';
import type { Operation } from '../../domain/access';
import { dossierCode, type DossierOpening } from '../../domain/dossier/open-dossier';
import { provincialReviewAt } from '../../store/province-review-levels';
import type { UnitTree } from '../../store/unit-tree';
import type { ActionRequest, RefusalCode } from '../../domain/dossier';
import type { AssignedUnits } from '../../domain/dossier/state';
import { getRegime, regimeInForce, roleMayTake, type RegimeId } from '../../domain/procedure';
import type { ActionId } from '../../domain/procedure/types';
import type { OpenDossierInput } from '../../domain/schemas/open-dossier';
import { dossierState, dossierWorkflowType, performAction, workflowIdOf } from '../../workflows/messages';
import type { DossierView } from '../../workflows/dossier-view';
import { searchAttributes } from '../../workflows/search-attributes';
import type { Guard } from '../access/guard';
import type { Principal } from '../auth/claims';
import { ApiError, notFound } from '../errors';
import { etagOfVersion, ifMatchAccepts } from './if-match';
import { createSubjectClaims, START_DEADLINE_MS, startRefused } from './subject-claims';

const refusalStatus: Record<RefusalCode, number> = {
  'role-not-permitted': 403,
  'outside-jurisdiction': 404,
  'dossier-closed': 409,
  'action-not-allowed-at-step': 409,
  'precondition-failed': 409,
  'invalid-for-regime': 409,
  // The clerk may confirm it with a reason: the same request, completed, is accepted.
  'term-outside-bounds': 422,
  'event-out-of-order': 422,
};

const PROJECTION_WAIT_MS = 5_000;
const QUERY_DEADLINE_MS = 3_000;
/** How long an action's answer is waited for: longer than any Update takes on a busy machine, short of a client's patience. */
const UPDATE_DEADLINE_MS = 25_000;
const PROJECTION_POLL_MS = 10;

export interface DossierServiceDeps {
  temporal: Client;
  taskQueue: string;
  guard: Guard;
  sql: Sql;
  units: UnitTree;
}

/** Opens dossiers and carries actions to their workflows; reads a dossier from its PostgreSQL projection. */
export function createDossierService({ temporal, taskQueue, guard, sql, units }: DossierServiceDeps) {
  const claims = createSubjectClaims({ sql, temporal });

  /** For a caller the access table lets open dossiers (the route checks it before reading the body). */
  /**
   * `sameRequest` names the request when it may be sent again (its user, Idempotency-Key and body): the dossier's id
   * then follows from it, so an opening sent again after its first answer was lost (the API replica died mid-request)
   * finds the dossier the first one began, instead of opening a second.
   */
  async function open(input: OpenDossierInput, actor: Principal, sameRequest?: string): Promise<DossierView> {
    const regime = input.regimeOverride ? getRegime(input.regimeOverride.regimeId) : regimeInForce(input.detectedOn);
    if (!regime) {
      throw new ApiError(422, 'no-regime', 'Ngày phát hiện trước 01/01/2022: không có chế độ pháp lý được hỗ trợ.');
    }
    if (!regime.opening.by.includes(actor.role)) {
      throw new ApiError(403, 'role-not-permitted', 'Vai trò của bạn không được mở hồ sơ.');
    }
    const communeCode = input.communeCode ?? actor.unitCode;
    if (communeCode !== actor.unitCode) {
      throw new ApiError(403, 'outside-jurisdiction', 'Chỉ được mở hồ sơ cho xã của đơn vị bạn.');
    }
    const { dossierId, code } = await unusedIdentity(input.detectedOn, sameRequest);
    const claimedAt = Date.now();
    await claimSubject(input.subject.idNumber, dossierId, actor);
    const opening: DossierOpening = {
      dossierId,
      code,
      regimeId: regime.id,
      ...(input.regimeOverride ? { regimeOverrideReason: input.regimeOverride.reason } : {}),
      subject: input.subject,
      trigger: input.trigger,
      detectedOn: input.detectedOn,
      communeCode,
      ...(input.priorMeasures ? { priorMeasures: input.priorMeasures } : {}),
      priorPlacements: input.priorPlacements,
      ...(input.voluntaryRehabCase ? { voluntaryRehabCase: input.voluntaryRehabCase } : {}),
      provincialReview: await provincialReviewAt(sql, units, communeCode),
      openedBy: { userId: actor.userId, role: actor.role, unitCode: actor.unitCode },
    };
    try {
      // Started by the claim's deadline or not at all, so that a claim past its grace period is settled by Temporal.
      await temporal.connection.withDeadline(claimedAt + START_DEADLINE_MS, () =>
        temporal.workflow.start(dossierWorkflowType, {
          workflowId: workflowIdOf(dossierId),
          taskQueue,
          args: [opening],
          typedSearchAttributes: [
            { key: searchAttributes.regime, value: regime.id },
            { key: searchAttributes.step, value: 'determination' },
            { key: searchAttributes.overdue, value: false },
            { key: searchAttributes.unit, value: communeCode },
          ],
        }),
      );
    } catch (error) {
      // Already started under the dossier's new id: this opening's own start, whose first answer was lost.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) {
        // No workflow, no claim; a start that may have gone through keeps it until the grace period settles it.
        if (startRefused(error)) await claims.release(input.subject.idNumber, dossierId);
        throw error;
      }
    }
    return (await projected(dossierId)) ?? (await temporal.workflow.getHandle(workflowIdOf(dossierId)).query(dossierState));
  }

  /**
   * A new dossier id whose code (the year and 8 characters of the id, which people read out and write on paper)
   * no dossier has yet: with a million dossiers in one year, a new id's code is taken about once in 4,300 openings.
   */
  async function unusedIdentity(detectedOn: string, seed?: string): Promise<{ dossierId: string; code: string }> {
    for (let attempt = 0; ; attempt++) {
      const dossierId = seed === undefined ? randomUUID() : uuidFrom(`${seed}\n${attempt}`);
      const code = dossierCode(dossierId, detectedOn);
      const [taken] = await sql<{ id: string }[]>`SELECT id FROM dossiers WHERE code = ${code}`;
      // Taken by this very id: the same opening, sent again.
      if (!taken || taken.id === dossierId) return { dossierId, code };
    }
  }

  /**
   * The opening as the workflow projected it, once it has loaded the calendar: what the caller gets back is
   * then what lists and inboxes show at once. Undefined if the worker is slow to get there.
   */
  async function projected(dossierId: string): Promise<DossierView | undefined> {
    for (let waited = 0; waited < PROJECTION_WAIT_MS; waited += PROJECTION_POLL_MS) {
      const [row] = await sql<{ state: DossierView }[]>`SELECT state FROM dossiers WHERE id = ${dossierId}`;
      if (row) return row.state;
      await sleep(PROJECTION_POLL_MS);
    }
    return undefined;
  }

  /**
   * One active dossier per person (api/dossiers/subject-claims.ts). The refusal names the open dossier only to a
   * caller who may read it: to anyone else it says that the person has one, which the law makes the reason for
   * refusing, and not where.
   */
  async function claimSubject(idNumber: string, dossierId: string, actor: Principal): Promise<void> {
    const outcome = await claims.claim(idNumber, dossierId);
    // Held by this very dossier: the same opening, sent again after its first answer was lost.
    if (outcome.claimed || outcome.holder?.id === dossierId) return;
    const named = outcome.holder && (await mayRead(outcome.holder.id, actor)) ? outcome.holder : undefined;
    throw new ApiError(
      409,
      'active-dossier-exists',
      `Người này đang có hồ sơ chưa kết thúc${named?.code ? ` (${named.code})` : ''}; không mở hồ sơ thứ hai.`,
      'A dossier for this ID number is still open.',
      named ? { existingDossierId: named.id, existingDossier: `/api/v1/dossiers/${named.id}` } : {},
    );
  }

  /** Whether the caller may read the dossier; a dossier that cannot be looked up now is not named. */
  async function mayRead(dossierId: string, actor: Principal): Promise<boolean> {
    try {
      await authorize('dossier.read', dossierId, actor);
      return true;
    } catch {
      return false;
    }
  }

  /** The units a dossier assigns, from the projection's columns (or the workflow, for one opened a moment ago). */
  async function assignedUnits(dossierId: string): Promise<AssignedUnits> {
    const [row] = await sql<{ commune: string; healthFacility: string | null; reviewer: string | null; court: string | null; escort: string | null; centre: string | null }[]>`
      SELECT commune_code AS commune, health_facility_code AS "healthFacility", reviewer_code AS reviewer, court_code AS court,
             escort_code AS escort, centre_code AS centre
      FROM dossiers WHERE id = ${dossierId}`;
    if (!row) return (await query(dossierId)).units;
    const assigned = Object.entries(row).filter((entry): entry is [string, string] => entry[1] !== null);
    return Object.fromEntries(assigned) as unknown as AssignedUnits;
  }

  /** 403 or 404 unless the caller reaches the dossier with the operation. */
  async function authorize(operation: Operation, dossierId: string, actor: Principal): Promise<void> {
    guard.scope(operation, actor);
    let units: AssignedUnits;
    try {
      units = await assignedUnits(dossierId);
    } catch (error) {
      // Out of reach and not there look the same to the caller.
      if (error instanceof ApiError && error.status === 404) throw notFound();
      throw error;
    }
    await guard.dossier(operation, actor, units);
  }

  /**
   * The dossier as PostgreSQL holds it, if the caller may see it (404 otherwise, so existence is not revealed): every
   * action's answer waits for its projection, so this is never older than what its caller was last told. A dossier
   * opened a moment ago, not projected yet, is read from its workflow.
   */
  async function read(dossierId: string, actor: Principal): Promise<DossierView> {
    await authorize('dossier.read', dossierId, actor);
    const [row] = await sql<{ state: DossierView }[]>`SELECT state FROM dossiers WHERE id = ${dossierId}`;
    return row?.state ?? query(dossierId);
  }

  /**
   * 409 `dossier-closed` for an action on a closed dossier, in the workflow validator's order (the regime's role first,
   * then the closure). Its workflow has completed and takes no Update, so the projection answers for it.
   */
  async function refuseIfClosed(dossierId: string, action: ActionId, actor: Pick<Principal, 'role'>): Promise<void> {
    const [row] = await sql<{ regimeId: RegimeId; step: string }[]>`SELECT regime_id AS "regimeId", step FROM dossiers WHERE id = ${dossierId}`;
    if (row?.step !== 'closed') return;
    const regime = getRegime(row.regimeId);
    if (!roleMayTake(regime, action, actor.role)) {
      throw new ApiError(403, 'role-not-permitted', `Vai trò của bạn không được thực hiện thao tác "${regime.actions[action].title}".`);
    }
    throw new ApiError(409, 'dossier-closed', 'Hồ sơ đã kết thúc.');
  }

  /** 412 unless `ifMatch` (an If-Match header) names the dossier's current version; `*` matches any. */
  async function checkVersion(dossierId: string, ifMatch: string): Promise<void> {
    const [row] = await sql<{ version: number }[]>`SELECT version FROM dossiers WHERE id = ${dossierId}`;
    const current = row?.version ?? (await query(dossierId)).version;
    if (ifMatchAccepts(ifMatch, current)) return;
    throw new ApiError(
      412,
      'stale-version',
      'Hồ sơ đã được cập nhật sau lần bạn xem. Hãy tải lại hồ sơ, xem thay đổi, rồi thực hiện lại nếu vẫn cần.',
      `If-Match ${ifMatch.slice(0, 200)} does not name the current version ${etagOfVersion(current)}.`,
      { currentVersion: current, currentETag: etagOfVersion(current) },
    );
  }

  /**
   * Carries the action to the workflow as the Update `updateId` (api/dossiers/update-id.ts): sent again with the same
   * id, it acts once and answers the first outcome. Past the deadline the caller is told to send it again, which is safe.
   */
  async function act(dossierId: string, request: ActionRequest, updateId: string): Promise<DossierView> {
    const handle = temporal.workflow.getHandle(workflowIdOf(dossierId));
    // A relapse opens a new dossier, on the route its province has today, as an opening by hand would.
    const sent = request.action === 'record-relapse' ? { ...request, provincialReview: await provincialReviewAt(sql, units, (await assignedUnits(dossierId)).commune) } : request;
    try {
      return await temporal.connection.withDeadline(Date.now() + UPDATE_DEADLINE_MS, () => handle.executeUpdate(performAction, { args: [sent], updateId }));
    } catch (error) {
      // Its workflow completed (the dossier closed) since the route looked: closed, as the projection says; else gone.
      if (error instanceof WorkflowNotFoundError) {
        await refuseIfClosed(dossierId, request.action, request.actor);
        throw notFound();
      }
      if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
        throw new ApiError(
          503,
          'action-pending',
          'Thao tác chưa có kết quả trong thời gian chờ và có thể đã được ghi nhận. Hãy gửi lại đúng yêu cầu này: hệ thống chỉ thực hiện một lần.',
          `No answer within ${UPDATE_DEADLINE_MS / 1000} s; the same request sent again is carried out at most once.`,
          {},
          { 'Retry-After': '5' },
        );
      }
      if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
        const code = error.cause.type as RefusalCode;
        const status = refusalStatus[code];
        if (status === 404) throw notFound();
        if (status) throw new ApiError(status, code, error.cause.message);
      }
      throw error;
    }
  }

  /**
   * The workflow's live state. A dossier whose history is gone (closed, past retention) reads from the projection,
   * and so does one whose worker does not answer in time: a slightly older view is better than none.
   */
  async function query(dossierId: string): Promise<DossierView> {
    try {
      const handle = temporal.workflow.getHandle(workflowIdOf(dossierId));
      return await temporal.connection.withDeadline(Date.now() + QUERY_DEADLINE_MS, () => handle.query(dossierState));
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError || error instanceof ServiceError)) throw error;
      const [row] = await sql<{ state: DossierView }[]>`SELECT state FROM dossiers WHERE id = ${dossierId}`;
      if (row) return row.state;
      if (error instanceof WorkflowNotFoundError) throw notFound();
      throw error;
    }
  }

  return { open, read, refuseIfClosed, checkVersion, act, authorize };
}

export type DossierService = ReturnType<typeof createDossierService>;

/** A version-4-shaped UUID that follows from `seed`: the same seed, the same id. */
function uuidFrom(seed: string): string {
  const bytes = createHash('sha256').update(seed).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
