import { civilDateAt } from '../../domain/calendar/civil-date';
import type { DossierState } from '../../domain/dossier/state';
import { getRegime } from '../../domain/procedure';
import type { FormInput } from '../../templates';
import type { Directory } from './directory';

/** Turns a dossier into the typed input of one form. */
export type FormInputBuilder = (formId: string, dossier: DossierState, seq: number) => Promise<unknown>;

const upper = (text: string) => text.toLocaleUpperCase('vi');
/** "Xã Tiên Du" → "Tiên Du": the place name printed before the date. */
const placeName = (unitName: string) => unitName.replace(/^(Xã|Phường|Thị trấn|Đặc khu|Tỉnh|Thành phố)\s+/u, '');

export function createFormInputBuilder(directory: Directory): FormInputBuilder {
  return async (formId, dossier, seq) => {
    const event = dossier.timeline.find((entry) => entry.seq === seq);
    if (!event?.actor) throw new Error(`event ${seq} of dossier ${dossier.dossierId} has no actor`);
    const unit = await directory.unit(event.actor.unitCode);
    const signer = await directory.user(event.actor.userId);
    const regime = getRegime(dossier.regimeId);
    switch (formId) {
      case 'dossier-cover-sheet': {
        const [article, point] = dossier.trigger.slice(3).split('-') as [string, string];
        const input: FormInput<'dossier-cover-sheet'> = {
          dossierCode: dossier.code,
          regime: { id: dossier.regimeId, label: regime.title },
          issuer: {
            ...(unit.parentName ? { parent: `CÔNG AN ${upper(unit.parentName)}` } : {}),
            name: `CÔNG AN ${upper(unit.name)}`,
            inlineName: `Công an ${unit.name.charAt(0).toLocaleLowerCase('vi')}${unit.name.slice(1)}`,
          },
          documentNumber: `${seq}/${dossier.code}`,
          place: placeName(unit.name),
          openedOn: civilDateAt(new Date(event.recordedAt)),
          detectedOn: dossier.detectedOn,
          subject: dossier.subject,
          trigger: article === '32' ? { article: 32, case: point as 'a' } : { article: 33, case: point as 'a' },
          ...(dossier.priorMeasures ? { priorMeasures: dossier.priorMeasures } : {}),
          legalBasis: [...regime.opening.citations],
          recipients: ['Người bị đề nghị', 'Lưu: hồ sơ'],
          signer: { title: `TRƯỞNG CÔNG AN ${upper(unit.name.split(' ')[0] ?? '')}`, name: signer?.name ?? event.actor.userId },
        };
        return input;
      }
      default:
        throw new Error(`no input mapping for form ${formId}`);
    }
  };
}
