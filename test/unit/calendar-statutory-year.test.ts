import { statutoryYear } from '../../domain/calendar';

describe('statutory days off for a year without a published schedule (BLLĐ 2019 art. 111(3), 112)', () => {
  it('lists the 2027 holidays and compensatory days off, as a statutory schedule', () => {
    const year = statutoryYear(2027);
    expect(year.status).toBe('statutory');
    expect(year.source).toContain('Bộ luật Lao động 2019 Điều 112 (tính theo quy tắc, chưa có thông báo chính thức)');
    expect(year.workingWeekendDays).toEqual([]);
    expect(year.daysOff).toEqual([
      { date: '2027-01-01', name: 'Tết Dương lịch' },
      // Tết Đinh Mùi: 29 tháng Chạp (Fri 5/2) and mùng 1–4 (Sat 6/2 – Tue 9/2).
      { date: '2027-02-05', name: 'Tết Nguyên đán (29 tháng Chạp)' },
      { date: '2027-02-08', name: 'Tết Nguyên đán (mùng 3 tháng Giêng)' },
      { date: '2027-02-09', name: 'Tết Nguyên đán (mùng 4 tháng Giêng)' },
      { date: '2027-02-10', name: 'Nghỉ bù Tết Nguyên đán (mùng 1 tháng Giêng), ngày 06/02/2027 là thứ Bảy' },
      { date: '2027-02-11', name: 'Nghỉ bù Tết Nguyên đán (mùng 2 tháng Giêng), ngày 07/02/2027 là Chủ nhật' },
      { date: '2027-04-16', name: 'Giỗ Tổ Hùng Vương (10/3 Âm lịch)' },
      { date: '2027-04-30', name: 'Ngày Chiến thắng' },
      { date: '2027-05-03', name: 'Nghỉ bù Ngày Quốc tế lao động, ngày 01/05/2027 là thứ Bảy' },
      { date: '2027-09-01', name: 'Quốc khánh (ngày liền kề)' },
      { date: '2027-09-02', name: 'Quốc khánh' },
    ]);
  });

  it('gives a holiday on a weekend its compensatory day on the next working day (2022, as the Government did)', () => {
    const days = statutoryYear(2022).daysOff.map((day) => day.date);
    expect(days).toEqual(expect.arrayContaining(['2022-01-03', '2022-04-11', '2022-05-02', '2022-05-03']));
  });

  it('moves a compensatory day past the other holidays (Giỗ Tổ on Saturday 29/4/2023, then 30/4 and 1/5)', () => {
    const spring = statutoryYear(2023).daysOff.filter((day) => day.date >= '2023-04-01' && day.date <= '2023-05-31');
    expect(spring.map((day) => day.date)).toEqual(['2023-05-01', '2023-05-02', '2023-05-03']);
  });

  it('compensates a holiday that falls on another holiday (Giỗ Tổ on 30/4/1947)', () => {
    expect(statutoryYear(1947).daysOff).toContainEqual({
      date: '1947-05-02',
      name: 'Nghỉ bù Ngày Chiến thắng, ngày 30/04/1947 trùng Giỗ Tổ Hùng Vương (10/3 Âm lịch)',
    });
  });

  it('always gives the 11 statutory days: each holiday on a weekday, or its compensatory day', () => {
    for (let year = 2020; year <= 2060; year++) expect(statutoryYear(year).daysOff).toHaveLength(11);
  });
});
