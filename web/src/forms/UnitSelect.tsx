import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { unitKinds } from '../../../domain/schemas/units';
import { api, dataOf } from '../api/client';
import { clearable } from './clearable';

type UnitKind = (typeof unitKinds)[number];

/**
 * The units of a kind, as the picker first lists them: one query key for the picker and for `prefetchUnits`. With
 * `validOn`, only those in force that day (a 2024 event is sent to the agencies of 2024); without it, those not
 * abolished, as the API checks an event dated today.
 */
export const unitsQuery = (kind: UnitKind, q = '', validOn?: string) => ({
  queryKey: ['units', kind, q, ...(validOn ? [validOn] : [])],
  queryFn: async () => dataOf(await api.GET('/api/v1/units', { params: { query: { kind, limit: 50, ...(q ? { q } : {}), ...(validOn ? { validOn } : {}) } } })).items,
  staleTime: 10 * 60_000,
});

interface UnitSelectProps {
  kind: UnitKind;
  value?: string;
  onChange?: (code: string) => void;
  /** The control's id, which its label names (`htmlFor`). */
  id?: string;
  /** Only the units in force on this day (YYYY-MM-DD). */
  validOn?: string;
}

/** Picks a unit of one kind from the units API, searching by name as the user types (diacritics optional). */
export function UnitSelect({ kind, value, onChange, id, validOn }: UnitSelectProps) {
  const [q, setQ] = useState('');
  const units = useQuery(unitsQuery(kind, q, validOn));
  return (
    <Select
      id={id}
      showSearch
      allowClear={clearable}
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setQ}
      loading={units.isFetching}
      options={(units.data ?? []).map((unit) => ({ value: unit.code, label: `${unit.name} (${unit.code})` }))}
    />
  );
}
