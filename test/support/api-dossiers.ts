import { randomInt, randomUUID } from 'node:crypto';
import { dossierCode, type DossierOpening } from '../../domain/dossier/open-dossier';
import type { DossierView } from '../../workflows/dossier-view';
import { dossierWorkflowType, workflowIdOf } from '../../workflows/messages';
import { searchAttributes } from '../../workflows/search-attributes';
import { actors, type Step } from './dossier-driver';
import type { Hoso } from './hoso-harness';

/** A citizen ID number no other test uses (12 digits, province code 001). */
export function uniqueIdNumber(): string {
  return `001${String(randomInt(0, 1e9)).padStart(9, '0')}`;
}

export interface OpenOptions {
  as?: string;
  fullName?: string;
  idNumber?: string;
  detectedOn?: string;
  idempotencyKey?: string;
}

/** Opens a dossier through the API as commune police (X01 unless `as` says otherwise). */
export async function openThroughApi(hoso: Hoso, options: OpenOptions = {}) {
  return hoso.call(
    options.as ?? 'demo-police-x01',
    'POST',
    '/api/v1/dossiers',
    {
      subject: {
        fullName: options.fullName ?? 'Lê Văn Bình',
        dateOfBirth: '1990-05-17',
        sex: 'male',
        idNumber: options.idNumber ?? uniqueIdNumber(),
        residence: 'Thôn Đông, xã Tiên Du',
        hasStableResidence: true,
      },
      trigger: 'art32-b',
      priorPlacements: 0,
      detectedOn: options.detectedOn ?? '2026-09-01',
    },
    options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {},
  );
}

/** Takes the steps through the API, each as the demo user of its role; fails on the first refusal. */
export async function actThroughApi(hoso: Hoso, dossierId: string, steps: readonly Step[]): Promise<DossierView> {
  let view: DossierView | undefined;
  for (const [role, action, body] of steps) {
    const result = await hoso.call(actors[role].userId, 'POST', `/api/v1/dossiers/${dossierId}/actions/${action}`, body ?? {});
    if (result.status !== 200) throw new Error(`${action} by ${role}: ${result.status} ${JSON.stringify(result.body)}`);
    view = result.body as DossierView;
  }
  if (!view) throw new Error('no steps');
  return view;
}

/**
 * Starts, as the API starts a dossier but without its check of the text (api/parse.ts), one whose person's name holds
 * a character the forms' font cannot print, as an event recorded before that check could: every form that prints the
 * name fails to issue. Detected on `detectedOn`, in commune DEMO-X01; returns the opening.
 */
export async function startDossierWithUnprintableName(hoso: Hoso, fullName: string, detectedOn: string): Promise<DossierOpening> {
  const dossierId = randomUUID();
  const opening: DossierOpening = {
    dossierId,
    code: dossierCode(dossierId, detectedOn),
    regimeId: '2026',
    subject: { fullName, dateOfBirth: '1990-05-17', sex: 'male', idNumber: uniqueIdNumber(), residence: 'Thôn Đông, xã Tiên Du', hasStableResidence: true },
    trigger: 'art32-b',
    detectedOn,
    communeCode: 'DEMO-X01',
    priorPlacements: 0,
    provincialReview: false,
    openedBy: actors.commune_police,
  };
  await hoso.temporal.workflow.start(dossierWorkflowType, {
    workflowId: workflowIdOf(dossierId),
    taskQueue: hoso.env.TEMPORAL_TASK_QUEUE,
    args: [opening],
    typedSearchAttributes: [
      { key: searchAttributes.regime, value: '2026' },
      { key: searchAttributes.step, value: 'determination' },
      { key: searchAttributes.overdue, value: false },
      { key: searchAttributes.unit, value: 'DEMO-X01' },
    ],
  });
  return opening;
}
