import dayjs from 'dayjs';
import { actionBodySchemas, unitReferences } from '../../domain/schemas/actions';
import { OpenDossierSchema } from '../../domain/schemas/open-dossier';
import { fieldsOf, type Field } from '../../web/src/forms/fields';
import { bodyOf, formValuesOf } from '../../web/src/forms/values';

const byName = (fields: readonly Field[], name: string) => fields.find((field) => field.name === name);

describe('forms generated from the domain schemas', () => {
  it('gives each body field the control its schema calls for, with the Vietnamese label of the schema', () => {
    const fields = fieldsOf(actionBodySchemas['court-decide'], unitReferences);
    expect(byName(fields, 'outcome')).toMatchObject({ kind: 'enum', options: ['apply', 'not-apply'], required: true });
    expect(byName(fields, 'centreUnitCode')).toMatchObject({ kind: 'unit', unitKind: 'centre', label: 'Cơ sở cai nghiện bắt buộc' });
    expect(byName(fields, 'occurredOn')).toMatchObject({ kind: 'date', required: false });
    // The court's term, as ordered: up to five years (one outside the regime's bounds is confirmed with a reason).
    expect(byName(fields, 'months')).toMatchObject({ kind: 'number', min: 1, max: 60 });
    expect(byName(fields, 'termOutsideBoundsReason')).toMatchObject({ kind: 'text', required: false });
    expect(byName(fields, 'findings')).toMatchObject({ kind: 'text-list' });
  });

  it('nests groups and lists of groups, and labels fields whose schema has no description', () => {
    const fields = fieldsOf(OpenDossierSchema);
    const subject = byName(fields, 'subject');
    expect(subject?.kind).toBe('group');
    const nested = subject?.kind === 'group' ? subject.fields : [];
    expect(byName(nested, 'dateOfBirth')).toMatchObject({ kind: 'date', label: 'Ngày sinh', required: true });
    expect(byName(nested, 'hasStableResidence')).toMatchObject({ kind: 'boolean' });
    const summary = byName(fieldsOf(actionBodySchemas['attach-document']), 'summaryCv');
    const family = summary?.kind === 'group' ? byName(summary.fields, 'family') : undefined;
    expect(family).toMatchObject({ kind: 'group-list', label: 'Quan hệ gia đình' });
  });

  it('turns what the controls hold into the body the schema accepts, and a kept draft back into controls', () => {
    const schema = actionBodySchemas['record-determination'];
    const fields = fieldsOf(schema);
    const body = bodyOf(fields, { result: 'addicted', occurredOn: dayjs('2026-11-30'), note: '  ', substances: [], physician: { name: '', title: undefined } });
    expect(body).toEqual({ result: 'addicted', occurredOn: '2026-11-30' });
    expect(schema.safeParse(body).success).toBe(true);
    const values = formValuesOf(fields, body);
    expect(dayjs.isDayjs(values.occurredOn) && values.occurredOn.format('DD/MM/YYYY')).toBe('30/11/2026');
  });
});
