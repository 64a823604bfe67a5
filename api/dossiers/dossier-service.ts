import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Sql } from 'postgres';
import { mayRead } from '../../domain/access';
import type { CalendarYear } from '../../domain/calendar/types';
import { dossierCode, type DossierOpening } from '../../domain/dossier/open-dossier';
import type { ActionRequest, RefusalCode } from '../../domain/dossier/apply-action';
import { getRegime, regimeInForce } from '../../domain/procedure';
import type { OpenDossierInput } from '../../domain/schemas/open-dossier';
import { calendarChanged, dossierState, dossierWorkflowType, performAction, workflowIdOf } from '../../workflows/messages';
import type { DossierView } from '../../workflows/dossier-view';
import { searchAttributes } from '../../workflows/search-attributes';
import type { Principal } from '../auth/claims';
import { ApiError, notFound } from '../errors';
import type { UnitTree } from '../../store/unit-tree';

const refusalStatus: Record<RefusalCode, number> = {
  'role-not-permitted': 403,
  'outside-jurisdiction': 404,
  'dossier-closed': 409,
  'action-not-allowed-at-step': 409,
  'precondition-failed': 409,
  'invalid-for-regime': 409,
};

export interface DossierServiceDeps {
  temporal: Client;
  taskQueue: string;
  units: UnitTree;
  sql: Sql;
}

/** Opens dossiers and carries actions to their workflows; reads the live state by Query. */
export function createDossierService({ temporal, taskQueue, units, sql }: DossierServiceDeps) {
  async function open(input: OpenDossierInput, actor: Principal): Promise<DossierView> {
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
    const dossierId = randomUUID();
    const opening: DossierOpening = {
      dossierId,
      code: dossierCode(dossierId, input.detectedOn),
      regimeId: regime.id,
      ...(input.regimeOverride ? { regimeOverrideReason: input.regimeOverride.reason } : {}),
      subject: input.subject,
      trigger: input.trigger,
      detectedOn: input.detectedOn,
      communeCode,
      ...(input.priorMeasures ? { priorMeasures: input.priorMeasures } : {}),
      openedBy: { userId: actor.userId, role: actor.role, unitCode: actor.unitCode },
    };
    const handle = await temporal.workflow.start(dossierWorkflowType, {
      workflowId: workflowIdOf(dossierId),
      taskQueue,
      args: [opening],
      typedSearchAttributes: [
        { key: searchAttributes.regime, value: regime.id },
        { key: searchAttributes.step, value: 'determination' },
        { key: searchAttributes.overdue, value: false },
        { key: searchAttributes.unit, value: communeCode },
      ],
    });
    return handle.query(dossierState);
  }

  /** The live state, if the caller may see it (404 otherwise, so existence is not revealed). */
  async function read(dossierId: string, actor: Principal): Promise<DossierView> {
    const view = await query(dossierId);
    if (!mayRead(view, actor, await units.ancestry(view.units.commune))) throw notFound();
    return view;
  }

  async function act(dossierId: string, request: ActionRequest): Promise<DossierView> {
    const handle = temporal.workflow.getHandle(workflowIdOf(dossierId));
    try {
      return await handle.executeUpdate(performAction, { args: [request] });
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw notFound();
      if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
        const code = error.cause.type as RefusalCode;
        const status = refusalStatus[code];
        if (status === 404) throw notFound();
        if (status) throw new ApiError(status, code, error.cause.message);
      }
      throw error;
    }
  }

  async function query(dossierId: string): Promise<DossierView> {
    try {
      return await temporal.workflow.getHandle(workflowIdOf(dossierId)).query(dossierState);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw notFound();
      throw error;
    }
  }

  /** Signals every open dossier (from the projection) that the calendar changed; their timers move. */
  async function broadcastCalendar(years: CalendarYear[]): Promise<number> {
    const open = await sql<{ id: string }[]>`SELECT id FROM dossiers WHERE step <> 'closed'`;
    let notified = 0;
    for (let start = 0; start < open.length; start += 32) {
      await Promise.all(
        open.slice(start, start + 32).map(async ({ id }) => {
          try {
            await temporal.workflow.getHandle(workflowIdOf(id)).signal(calendarChanged, { years });
            notified++;
          } catch (error) {
            if (!(error instanceof WorkflowNotFoundError)) throw error;
          }
        }),
      );
    }
    return notified;
  }

  return { open, read, act, broadcastCalendar };
}

export type DossierService = ReturnType<typeof createDossierService>;
