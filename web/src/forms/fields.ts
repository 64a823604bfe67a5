import { z } from 'zod';
import type { unitKinds } from '../../../domain/schemas/units';
import { fieldLabels } from '../i18n/vi-fields';

type UnitKind = (typeof unitKinds)[number];

interface FieldBase {
  name: string;
  label: string;
  required: boolean;
}

/** One input of a form generated from a zod schema: what kind of control it needs. */
export type Field =
  | (FieldBase & { kind: 'text'; multiline: boolean; maxLength?: number })
  | (FieldBase & { kind: 'date' | 'time' | 'boolean' })
  | (FieldBase & { kind: 'number'; min?: number; max?: number })
  | (FieldBase & { kind: 'enum'; options: string[] })
  | (FieldBase & { kind: 'unit'; unitKind: UnitKind })
  | (FieldBase & { kind: 'text-list' })
  | (FieldBase & { kind: 'choice-list'; options: number[] })
  | (FieldBase & { kind: 'group'; fields: Field[] })
  | (FieldBase & { kind: 'group-list'; fields: Field[] });

interface JsonSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  anyOf?: JsonSchema[];
}

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const TIME_PATTERN = '^([01]\\d|2[0-3]):[0-5]\\d$';
/** Free text longer than this gets a text area. */
const MULTILINE_FROM = 300;

/**
 * The form fields of a body schema, read from its JSON Schema (what the OpenAPI document shows too). The zod schema
 * itself stays the judge: the form checks a submission with it, so no rule is copied here.
 */
export function fieldsOf(schema: z.ZodType, unitFields: Readonly<Record<string, UnitKind>> = {}): Field[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return objectFields(json, unitFields);
}

function objectFields(json: JsonSchema, unitFields: Readonly<Record<string, UnitKind>>): Field[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => fieldOf(name, property, required.has(name), unitFields));
}

function fieldOf(name: string, json: JsonSchema, required: boolean, unitFields: Readonly<Record<string, UnitKind>>): Field {
  const base = { name, label: json.description ?? fieldLabels[name] ?? name, required };
  const unitKind = unitFields[name];
  if (unitKind) return { ...base, kind: 'unit', unitKind };
  if (json.enum) return { ...base, kind: 'enum', options: json.enum.map(String) };
  switch (json.type) {
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'integer':
    case 'number':
      return { ...base, kind: 'number', ...(json.minimum !== undefined ? { min: json.minimum } : {}), ...(json.maximum !== undefined ? { max: json.maximum } : {}) };
    case 'object':
      return { ...base, kind: 'group', fields: objectFields(json, unitFields) };
    case 'array': {
      const items = json.items ?? {};
      if (items.type === 'object') return { ...base, kind: 'group-list', fields: objectFields(items, unitFields) };
      const { minimum, maximum } = items;
      if ((items.type === 'integer' || items.type === 'number') && minimum !== undefined && maximum !== undefined) {
        return { ...base, kind: 'choice-list', options: Array.from({ length: maximum - minimum + 1 }, (_, index) => minimum + index) };
      }
      return { ...base, kind: 'text-list' };
    }
    default:
      if (json.pattern === DATE_PATTERN) return { ...base, kind: 'date' };
      if (json.pattern === TIME_PATTERN) return { ...base, kind: 'time' };
      return { ...base, kind: 'text', multiline: (json.maxLength ?? 0) > MULTILINE_FROM, ...(json.maxLength ? { maxLength: json.maxLength } : {}) };
  }
}
