import type { ActionId } from '../../../../domain/procedure/types';
import type { DossierViewResponse } from '../../../../domain/schemas/dossier-view';
import { api, ApiProblem, dataOf } from '../../api/client';
import { submit, type Submission } from '../../offline/outbox';

/** The dossier as the page showed it when the officer chose the action. */
export interface SeenDossier {
  etag: string | undefined;
  version: number;
  step: DossierViewResponse['step'];
}

type TimelineEvent = DossierViewResponse['timeline'][number];

/** What hoso records by itself, nobody having acted: a deadline ran out or went overdue, the calendar moved one. */
const recordedByHoso = (event: TimelineEvent) => event.kind !== 'action' && event.kind !== 'opened';

/**
 * Sends an action with the version the page showed (If-Match), so that it is refused when someone acted since.
 * Refused as stale (412) when only hoso itself changed the dossier meanwhile, at the same step and with the action
 * still the officer's to take, it is sent again on the dossier as it is now: an event recorded after the fact starts
 * deadlines that have already run out, and their timers must not make the officer's next entry look outdated.
 */
export async function sendAction(userId: string, dossierId: string, action: ActionId, body: unknown, label: string, seen: SeenDossier): Promise<Submission> {
  const path = `/api/v1/dossiers/${dossierId}/actions/${action}`;
  let ifMatch = seen.etag;
  // Several deadlines of one back-dated event may run out one after the other, each a version of its own.
  for (let attempt = 1; ; attempt++) {
    try {
      return await submit({ userId, path, body, label, ...(ifMatch ? { ifMatch } : {}) });
    } catch (error) {
      if (!(error instanceof ApiProblem && error.status === 412) || attempt === MAX_ATTEMPTS) throw error;
      const answer = await api.GET('/api/v1/dossiers/{id}', { params: { path: { id: dossierId } } });
      const now = dataOf(answer);
      const etag = answer.response.headers.get('etag');
      const unchanged =
        etag !== null &&
        now.step === seen.step &&
        now.timeline.filter((event) => event.seq > seen.version).every(recordedByHoso) &&
        now.availableActions.some((offered) => offered.action === action);
      if (!unchanged) throw error;
      ifMatch = etag;
    }
  }
}

const MAX_ATTEMPTS = 4;
