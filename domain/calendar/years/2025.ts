import type { CalendarYear } from '../types';

/** Official 2025 schedule for public servants (sources in docs/legal-review.md). */
export const year2025: CalendarYear = {
  year: 2025,
  status: 'published',
  daysOff: [
    { date: '2025-01-01', name: 'Tết Dương lịch' },
    { date: '2025-01-27', name: 'Tết Nguyên đán' },
    { date: '2025-01-28', name: 'Tết Nguyên đán' },
    { date: '2025-01-29', name: 'Tết Nguyên đán' },
    { date: '2025-01-30', name: 'Tết Nguyên đán' },
    { date: '2025-01-31', name: 'Tết Nguyên đán' },
    { date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương' },
    { date: '2025-04-30', name: 'Ngày Chiến thắng' },
    { date: '2025-05-01', name: 'Ngày Quốc tế lao động' },
    { date: '2025-05-02', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)' },
    { date: '2025-09-01', name: 'Quốc khánh (ngày liền kề)' },
    { date: '2025-09-02', name: 'Quốc khánh' },
  ],
  workingWeekendDays: [{ date: '2025-04-26', name: 'Làm bù cho ngày 02/5/2025' }],
  source: 'Văn bản 8726/VPCP-KGVX (26/11/2024); Bộ luật Lao động 2019 Điều 112',
};
