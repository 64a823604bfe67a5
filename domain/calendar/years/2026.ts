import type { CalendarYear } from '../types';

/** Official 2026 schedule for public servants, with one provisional day (sources in docs/legal-review.md). */
export const year2026: CalendarYear = {
  year: 2026,
  status: 'published',
  daysOff: [
    { date: '2026-01-01', name: 'Tết Dương lịch' },
    { date: '2026-01-02', name: 'Nghỉ hoán đổi Tết Dương lịch (làm bù thứ Bảy 10/01/2026)' },
    { date: '2026-02-16', name: 'Tết Nguyên đán' },
    { date: '2026-02-17', name: 'Tết Nguyên đán' },
    { date: '2026-02-18', name: 'Tết Nguyên đán' },
    { date: '2026-02-19', name: 'Tết Nguyên đán' },
    { date: '2026-02-20', name: 'Tết Nguyên đán' },
    { date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 26/4)' },
    { date: '2026-04-30', name: 'Ngày Chiến thắng' },
    { date: '2026-05-01', name: 'Ngày Quốc tế lao động' },
    { date: '2026-08-31', name: 'Nghỉ hoán đổi Quốc khánh (làm bù thứ Bảy 22/8/2026)' },
    { date: '2026-09-01', name: 'Quốc khánh (ngày liền kề)' },
    { date: '2026-09-02', name: 'Quốc khánh' },
    // Policy only: no amendment of BLLĐ art. 112 and no Bộ Nội vụ notice found (docs/legal-review.md). Not applied
    // until an administrator confirms it with the instrument that makes it a day off.
    {
      date: '2026-11-24',
      name: 'Ngày Văn hóa Việt Nam',
      status: 'provisional',
      source: 'Nghị quyết 80-NQ/TW; Nghị quyết 30/NQ-CP giao sửa Điều 112 Bộ luật Lao động (chưa có văn bản ban hành)',
    },
  ],
  workingWeekendDays: [
    { date: '2026-01-10', name: 'Làm bù cho ngày 02/01/2026' },
    { date: '2026-08-22', name: 'Làm bù cho ngày 31/8/2026' },
  ],
  source: 'Văn bản 12729/VPCP-KGVX (25/12/2025); Thông báo 9441/TB-BNV (16/10/2025); Bộ luật Lao động 2019 Điều 112',
};
