import { WorkingCalendar } from './working-calendar';
import { year2025 } from './years/2025';
import { year2026 } from './years/2026';

export * from './types';
export * from './civil-date';
export { WorkingCalendar } from './working-calendar';

export const publishedYears = [year2025, year2026] as const;

export function defaultCalendar(): WorkingCalendar {
  return new WorkingCalendar(publishedYears);
}
