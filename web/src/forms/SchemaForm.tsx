import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import { z } from 'zod';
import { messages } from '../i18n';
import { clearable } from './clearable';
import type { Field } from './fields';
import { regimes } from '../../../domain/procedure';
import { enumLabels, triggerLabels } from '../i18n/vi-fields';
import { UnitSelect } from './UnitSelect';
import { bodyOf, formValuesOf } from './values';

const t = messages.form;

interface SchemaFormProps<S extends z.ZodType> {
  schema: S;
  fields: readonly Field[];
  /** localStorage key of this form's draft: it survives a reload and a lost connection. */
  draftKey: string;
  /** What the form starts from when there is no draft, e.g. the record being edited. */
  initialBody?: Record<string, unknown>;
  submitLabel?: string;
  busy?: boolean;
  /** A refusal to show at the top, e.g. the API's problem title. */
  problem?: ReactNode;
  onSubmit(body: z.output<S>, clearDraft: () => void): void;
}

/** An enum value in words: the regime tables name their regimes; the rest come from forms/labels.ts. */
const optionLabel = (value: string) =>
  enumLabels[value] ?? triggerLabels[value] ?? Object.values(regimes).find((regime) => regime.id === value)?.title ?? value;

const DraftSchema = z.record(z.string(), z.unknown());
const readDraft = (key: string): Record<string, unknown> => {
  try {
    return DraftSchema.catch({}).parse(JSON.parse(localStorage.getItem(key) ?? '{}'));
  } catch {
    return {}; // not JSON: a draft from another version, dropped
  }
};

/**
 * A form for one zod schema. Each submission is checked with the schema itself, and its issues are shown at their
 * fields in Vietnamese (the messages are the schema's): the rule lives once, in domain/schemas.
 */
export function SchemaForm<S extends z.ZodType>({ schema, fields, draftKey, initialBody, submitLabel = t.submit, busy, problem, onSubmit }: SchemaFormProps<S>) {
  const [form] = Form.useForm();
  const [summary, setSummary] = useState<string>();
  const initialValues = useMemo(() => {
    const draft = readDraft(draftKey);
    return formValuesOf(fields, Object.keys(draft).length ? draft : (initialBody ?? {}));
  }, [fields, draftKey, initialBody]);
  useEffect(() => form.resetFields(), [form, draftKey]);
  const clearDraft = () => {
    localStorage.removeItem(draftKey);
    form.resetFields();
  };
  const saveDraft = () => localStorage.setItem(draftKey, JSON.stringify(bodyOf(fields, form.getFieldsValue(true) as Record<string, unknown>)));
  const submit = (values: Record<string, unknown>) => {
    const parsed = schema.safeParse(bodyOf(fields, values));
    if (!parsed.success) {
      form.setFields(parsed.error.issues.map((issue) => ({ name: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)), errors: [issue.message] })));
      setSummary(parsed.error.issues.map((issue) => issue.message).join(' · '));
      return;
    }
    setSummary(undefined);
    onSubmit(parsed.data, clearDraft);
  };
  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onValuesChange={saveDraft} onFinish={submit} requiredMark="optional" scrollToFirstError>
      {(problem || summary) && <Alert type="error" showIcon role="alert" message={problem ?? summary} style={{ marginBottom: 16 }} />}
      {fields.map((field) => (
        <FieldInput key={field.name} field={field} path={[field.name]} />
      ))}
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={busy}>
          {submitLabel}
        </Button>
        <Button onClick={clearDraft}>{t.cancel}</Button>
      </Space>
    </Form>
  );
}

/**
 * A unit picker that offers the units in force on the event's day, once the form's `occurredOn` is entered: the API
 * refuses a unit not in force that day (a dossier of 2024 goes to the district court, not to the regional court of
 * 2025). Without a date the event is today's, and the picker lists today's units.
 */
function EventUnitSelect(props: { kind: Extract<Field, { kind: 'unit' }>['unitKind']; value?: string; onChange?: (code: string) => void; id?: string }) {
  const occurredOn: unknown = Form.useWatch('occurredOn', Form.useFormInstance());
  return <UnitSelect {...props} {...(dayjs.isDayjs(occurredOn) ? { validOn: occurredOn.format('YYYY-MM-DD') } : {})} />;
}

/**
 * One control. A field required inside an optional group is required only once the group is filled in: the form
 * leaves that to the schema's own check on submit, so the empty optional group never blocks the form.
 */
function FieldInput({ field, path, optionalGroup = false }: { field: Field; path: (string | number)[]; optionalGroup?: boolean }) {
  const required = field.required && !optionalGroup;
  const rules = required ? [{ required: true, message: t.required(field.label) }] : [];
  const item = { name: path, label: field.label, rules };
  switch (field.kind) {
    case 'group':
      return (
        <fieldset className="form-group">
          <legend>{field.label}</legend>
          {field.fields.map((nested) => (
            <FieldInput key={nested.name} field={nested} path={[...path, nested.name]} optionalGroup={optionalGroup || !field.required} />
          ))}
        </fieldset>
      );
    case 'group-list':
      return (
        <fieldset className="form-group">
          <legend>{field.label}</legend>
          <Form.List name={path}>
            {(rows, { add, remove }) => (
              <>
                {rows.map((row) => (
                  <div key={row.key} className="form-row">
                    {field.fields.map((nested) => (
                      <FieldInput key={nested.name} field={nested} path={[row.name, nested.name]} optionalGroup={optionalGroup} />
                    ))}
                    <Button type="text" danger icon={<MinusCircleOutlined aria-hidden />} onClick={() => remove(row.name)} aria-label={t.removeRow(row.name + 1)} />
                  </div>
                ))}
                <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add()}>
                  {t.addRow}
                </Button>
              </>
            )}
          </Form.List>
        </fieldset>
      );
    case 'boolean':
      // A yes/no the schema leaves optional has a default of its own ("mặc định là có"): a switch could only say
      // "no" until touched, so the officer answers Có or Không, or leaves it unanswered for the default.
      return field.required ? (
        <Form.Item {...item} valuePropName="checked" initialValue={false}>
          <Switch />
        </Form.Item>
      ) : (
        <Form.Item {...item}>
          <Select
            allowClear={clearable}
            options={[
              { value: true, label: t.yes },
              { value: false, label: t.no },
            ]}
            style={{ maxWidth: 240 }}
          />
        </Form.Item>
      );
    case 'date':
      return (
        <Form.Item {...item}>
          {/* Enter accepts the typed date; it does not submit the whole form half filled. */}
          <DatePicker
            format="DD/MM/YYYY"
            placeholder={messages.form.datePlaceholder}
            style={{ width: '100%', maxWidth: 240 }}
            onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
          />
        </Form.Item>
      );
    case 'time':
      return (
        <Form.Item {...item}>
          <Input placeholder="HH:MM" inputMode="numeric" style={{ maxWidth: 140 }} />
        </Form.Item>
      );
    case 'number':
      return (
        <Form.Item {...item}>
          <InputNumber min={field.min} max={field.max} controls={false} style={{ width: 160 }} />
        </Form.Item>
      );
    case 'enum':
      return (
        <Form.Item {...item}>
          <Select allowClear={clearable} options={field.options.map((value) => ({ value, label: optionLabel(value) }))} />
        </Form.Item>
      );
    case 'unit':
      return (
        <Form.Item {...item}>
          <EventUnitSelect kind={field.unitKind} />
        </Form.Item>
      );
    case 'text-list':
      return (
        <Form.Item {...item} extra={t.oneItemPerLine}>
          <Select mode="tags" open={false} tokenSeparators={['\n']} />
        </Form.Item>
      );
    case 'choice-list':
      return (
        <Form.Item {...item}>
          <Select mode="multiple" options={field.options.map((value) => ({ value, label: String(value) }))} />
        </Form.Item>
      );
    case 'text':
      return (
        <Form.Item {...item}>
          {field.multiline ? <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={field.maxLength} /> : <Input maxLength={field.maxLength} />}
        </Form.Item>
      );
  }
}
