import dayjs from 'dayjs';
import type { Field } from './fields';

/** What the form controls hold → the body the API takes: dates as YYYY-MM-DD, empty inputs left out. */
export function bodyOf(fields: readonly Field[], values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = valueOf(field, values[field.name]);
    if (value !== undefined) body[field.name] = value;
  }
  return body;
}

function valueOf(field: Field, raw: unknown): unknown {
  if (raw === undefined || raw === null || raw === '') return undefined;
  switch (field.kind) {
    case 'date':
      return dayjs.isDayjs(raw) ? raw.format('YYYY-MM-DD') : raw;
    case 'group': {
      const nested = bodyOf(field.fields, isRecord(raw) ? raw : {});
      return Object.keys(nested).length ? nested : undefined;
    }
    case 'group-list': {
      const rows = Array.isArray(raw) ? raw.map((row) => bodyOf(field.fields, isRecord(row) ? row : {})).filter((row) => Object.keys(row).length) : [];
      return rows.length ? rows : undefined;
    }
    case 'text-list':
    case 'choice-list':
      return Array.isArray(raw) && raw.length ? raw : undefined;
    case 'text':
      return typeof raw === 'string' && raw.trim() === '' ? undefined : raw;
    default:
      return raw;
  }
}

/** A draft kept in localStorage → form values: dates back to the date picker's objects. */
export function formValuesOf(fields: readonly Field[], draft: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const raw = draft[field.name];
    if (raw === undefined) continue;
    if (field.kind === 'date' && typeof raw === 'string') values[field.name] = dayjs(raw);
    else if (field.kind === 'group' && isRecord(raw)) values[field.name] = formValuesOf(field.fields, raw);
    else if (field.kind === 'group-list' && Array.isArray(raw)) values[field.name] = raw.map((row) => (isRecord(row) ? formValuesOf(field.fields, row) : row));
    else values[field.name] = raw;
  }
  return values;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
