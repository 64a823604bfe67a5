/** Dates as Vietnamese offices write them: dd/mm/yyyy, in Vietnam's time zone, whatever the device's zone. */
const dateFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hour12: false });

/** `2026-12-05` (a legal date, no zone) → `05/12/2026`. */
export function civilDate(value: string): string {
  const [year, month, day] = value.split('-');
  return `${day}/${month}/${year}`;
}

/** An instant → `05/12/2026` in Vietnam. */
export function instantDate(iso: string): string {
  return parts(dateFormat, iso);
}

/** An instant → `05/12/2026 14:30` in Vietnam. */
export function instantDateTime(iso: string): string {
  return `${instantDate(iso)} ${parts(timeFormat, iso)}`;
}

function parts(format: Intl.DateTimeFormat, iso: string): string {
  const values = Object.fromEntries(format.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return format === dateFormat ? `${values.day}/${values.month}/${values.year}` : `${values.hour}:${values.minute}`;
}
