import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CalendarYear } from '../domain/calendar/types';
import type { ActionRequest } from '../domain/dossier';
import type { DossierView } from './dossier-view';

/** Every action of docs/legal/README.md#steps goes through this one Update; its validator reads the regime table. */
export const performAction = defineUpdate<DossierView, [ActionRequest]>('performAction');

/** The live state: step, due dates, overdue, timeline, documents. */
export const dossierState = defineQuery<DossierView>('dossierState');

/** An administrator changed the working-day calendar: running deadlines are recomputed and their timers moved. */
export const calendarChanged = defineSignal<[{ years: CalendarYear[] }]>('calendarChanged');

export const dossierWorkflowType = 'dossierWorkflow';
export const workflowIdOf = (dossierId: string) => `dossier-${dossierId}`;
