import type { Page } from 'playwright-core';
import { civilDateAt } from '../../domain/calendar/civil-date';
import { WorkingCalendar } from '../../domain/calendar/working-calendar';
import { regimeInForce, type StepId } from '../../domain/procedure';
import { DossierViewSchema } from '../../domain/schemas/dossier-view';
import { loadCalendarYears } from '../../store/calendar-years';
import { uniqueIdNumber } from '../support/api-dossiers';
import { capturedOnFailure, contextAt, signInAs } from '../support/browser';
import { dossierAt, expectOnlyItsActions, occurredOn, optional, openByAddress, openFromInbox, policeOpensADossierOn, takeAction, workingDaysBefore, type Person } from '../support/console-spine';
import { consoleUnderTest, pickDate, pickOption, shot, SHOTS, type Size } from '../support/console-steps';
import { describeWithStack } from '../support/hoso-harness';

const PERSON: Person = { fullName: 'Quách Văn Điệp', idNumber: uniqueIdNumber(), dateOfBirth: '1991-03-14' };

/**
 * Issue 12: one dossier carried from its opening to the person's admission into the centre through the console
 * alone, each step taken by the demo user of the role that owns it, signed in as themselves. Events carry their legal
 * dates, counted back from today in working days, as officers record them after the fact: the court's decision is
 * old enough that its complaint window has already ended, so the decision takes effect without anyone waiting.
 * Before and after each role acts, its page offers exactly the actions the API says it may take now, and no button
 * for any other action of the regime: a role never sees a button for an action it may not take.
 */
describeWithStack('the console: a dossier from opening to admission, each step by its own role', () => {
  const stack = consoleUnderTest();

  it('takes the dossier to the centre, each role offered only what it may do', async () => {
    const { hoso, browser } = stack;
    const calendar = new WorkingCalendar(await loadCalendarYears(hoso.sql));
    const today = civilDateAt(new Date());
    const on = (workingDaysAgo: number) => workingDaysBefore(calendar, today, workingDaysAgo);
    const regime = regimeInForce(on(22));
    if (!regime) throw new Error(`no regime in force on ${on(22)}`);
    const months = regime.termMonths.adultFirst.max;

    const desktop = await (await contextAt(browser, 'desktop')).newPage();
    const phone = await (await contextAt(browser, 'phone')).newPage();
    let dossierId = '';
    let code = '';
    const sees = (page: Page, userId: string, step: StepId) => expectOnlyItsActions(page, hoso, userId, dossierId, step);
    /** One role's turn: its steps, a screenshot of the dossier page as it left it, and one on failure. */
    const turn = async (page: Page, size: Size, name: string, steps: () => Promise<void>) => {
      await capturedOnFailure(page, SHOTS, `failed-spine-${name}-${size}`, steps);
      // From the top: a page scrolled by the last form would leave its sticky header across the middle of the shot.
      await page.evaluate('window.scrollTo(0, 0)');
      await shot(page, `spine-${name}`, size);
    };

    await turn(desktop, 'desktop', '1-commune-police-opens', async () => {
      await signInAs(desktop, hoso.baseUrl, 'Trần Văn Hùng');
      ({ dossierId, code } = await policeOpensADossierOn(desktop, PERSON, on(22)));
      await sees(desktop, 'demo-police-x01', 'determination');
      await takeAction(desktop, 'Đề nghị xác định tình trạng nghiện', async () => {
        await pickOption(desktop, 'Cơ sở y tế được đề nghị', /^Trung tâm Y tế khu vực Tiên Du/);
        await occurredOn(desktop, on(22));
      });
      await sees(desktop, 'demo-police-x01', 'determination');
    });

    // One turn at a phone's size: the health facility's officer records the result on the go.
    await turn(phone, 'phone', '2-health-facility', async () => {
      await openFromInbox(phone, hoso.baseUrl, 'Phạm Thị Lan', code);
      await sees(phone, 'demo-health-yt01', 'determination');
      await takeAction(phone, 'Ghi nhận kết quả xác định tình trạng nghiện', async () => {
        await pickOption(phone, 'Kết quả xác định tình trạng nghiện', 'Nghiện ma túy');
        await occurredOn(phone, on(21));
      });
      await sees(phone, 'demo-health-yt01', 'commune');
    });

    // The regime lets the commune's People's Committee record the violation as well as the police.
    await turn(desktop, 'desktop', '3-commune-committee', async () => {
      await openByAddress(desktop, hoso.baseUrl, 'Nguyễn Đức Thắng', dossierId);
      await sees(desktop, 'demo-committee-x01', 'commune');
      await takeAction(desktop, 'Lập biên bản vi phạm', async (form) => {
        await form.getByLabel('Hành vi vi phạm (Mẫu số 27)', { exact: true }).fill('Sử dụng trái phép chất ma túy trong thời gian cai nghiện ma túy tự nguyện');
        await occurredOn(desktop, on(20));
      });
      await sees(desktop, 'demo-committee-x01', 'commune');
    });

    await turn(desktop, 'desktop', '4-commune-police-compiles', async () => {
      await openFromInbox(desktop, hoso.baseUrl, 'Trần Văn Hùng', code);
      await sees(desktop, 'demo-police-x01', 'commune');
      await takeAction(desktop, 'Quyết định hình thức quản lý trong thời gian làm thủ tục', async (form) => {
        await pickOption(desktop, 'Quản lý tại gia đình hoặc tại cơ sở', 'Tại gia đình');
        await form.getByLabel('Nơi quản lý', { exact: true }).fill('Gia đình, thôn Đông, xã Tiên Du');
        await occurredOn(desktop, on(20));
      });
      await takeAction(desktop, 'Thông báo việc lập hồ sơ cho người bị đề nghị và gia đình', () => occurredOn(desktop, on(19)));
      await takeAction(desktop, 'Ghi nhận việc đọc hồ sơ', () => occurredOn(desktop, on(18)));
      await sees(desktop, 'demo-police-x01', 'commune');
      // The demo province has no reviewing level (the default of 2025 and 2026): the commune sends it to the court.
      await takeAction(desktop, 'Chuyển hồ sơ đến Tòa án', async (form) => {
        await pickOption(desktop, 'Tòa án có thẩm quyền', /^Tòa án nhân dân khu vực 1/);
        // None of the cases the measure is never applied to (the switches stay off), and what was checked.
        await form.getByLabel('Căn cứ đã kiểm tra (ví dụ: xác minh tại nơi cư trú ngày …)', { exact: true }).fill('Xác minh tại nơi cư trú ngày hôm trước');
        await occurredOn(desktop, on(17));
      });
      // The court's 1 working day to accept ran out before the dossier was even recorded as sent: the page says so at
      // once, from the action's answer, before hoso has flagged the deadline overdue.
      const sent = await sees(desktop, 'demo-police-x01', 'court');
      const acceptance = sent.deadlines.find((deadline) => deadline.id === 'court.accept');
      await desktop.locator('.deadlines').getByText(`quá hạn ${acceptance?.overdueWorkingDays ?? '?'} ngày làm việc`, { exact: true }).waitFor();
    });

    await turn(desktop, 'desktop', '6-court-clerk', async () => {
      await openFromInbox(desktop, hoso.baseUrl, 'Vũ Thị Hạnh', code);
      await sees(desktop, 'demo-clerk-ta01', 'court');
      await takeAction(desktop, 'Thụ lý hồ sơ', async (form) => {
        await form.getByLabel(optional('Thẩm phán (người ký văn bản của Tòa án)'), { exact: true }).fill('Lê Minh Tuấn');
        await occurredOn(desktop, on(14));
      });
      await takeAction(desktop, 'Quyết định mở phiên họp', async () => {
        await pickDate(desktop, 'Ngày mở phiên họp', on(12));
        await occurredOn(desktop, on(13));
      });
      await takeAction(desktop, 'Quyết định áp dụng / không áp dụng biện pháp', async (form) => {
        await pickOption(desktop, 'Quyết định của Tòa án', 'Áp dụng biện pháp');
        await form.getByLabel(optional('Thời hạn áp dụng (tháng), bắt buộc khi áp dụng'), { exact: true }).fill(String(months));
        await pickOption(desktop, optional('Cơ sở cai nghiện bắt buộc'), /^Cơ sở cai nghiện ma túy số 1/);
        await pickOption(desktop, optional('Cơ quan Công an tổ chức thi hành'), /^Công an tỉnh Bắc Ninh/);
        // Who sat, as the decision (its form) names them: the two officials' fields have the same labels.
        await form.getByLabel(optional('Thẩm phán (người ký văn bản của Tòa án)'), { exact: true }).fill('Lê Minh Tuấn');
        for (const [legend, name, title] of [
          ['Kiểm sát viên tham gia phiên họp', 'Phạm Thu Trang', 'Kiểm sát viên, Viện kiểm sát nhân dân khu vực 1 - Bắc Ninh'],
          ['Đại diện cơ quan đề nghị tại phiên họp', 'Thiếu tá Nguyễn Văn Hải', 'Phó Trưởng phòng PC04, Công an tỉnh Bắc Ninh'],
        ] as const) {
          const official = form.locator('fieldset').filter({ hasText: legend });
          await official.getByLabel(optional('Họ và tên (có thể kèm cấp bậc)'), { exact: true }).fill(name);
          await official.getByLabel(optional('Chức vụ, đơn vị'), { exact: true }).fill(title);
        }
        await occurredOn(desktop, on(12));
      });
      // The complaint window of the back-dated decision has already ended: the decision takes effect on its own, and
      // the clerk sees it on reading the dossier again.
      await dossierAt(hoso, 'demo-clerk-ta01', dossierId, 'execution');
      await desktop.reload();
      await sees(desktop, 'demo-clerk-ta01', 'execution');
    });

    await turn(desktop, 'desktop', '7-escort-police', async () => {
      await openFromInbox(desktop, hoso.baseUrl, 'Hoàng Văn Nam', code);
      await sees(desktop, 'demo-escort-ca01', 'execution');
      await takeAction(desktop, 'Đưa người phải chấp hành vào cơ sở cai nghiện', async (form) => {
        const receiver = form.locator('fieldset').filter({ hasText: 'Cán bộ cơ sở cai nghiện nhận người' });
        await receiver.getByLabel(optional('Họ và tên (có thể kèm cấp bậc)'), { exact: true }).fill('Đinh Văn Sơn');
        await receiver.getByLabel(optional('Chức vụ, đơn vị'), { exact: true }).fill('Cán bộ tiếp nhận, Cơ sở cai nghiện ma túy số 1');
        await form.getByLabel(optional('Tình trạng sức khỏe khi giao nhận'), { exact: true }).fill('Bình thường, tỉnh táo');
        await occurredOn(desktop, on(6));
      });
      await sees(desktop, 'demo-escort-ca01', 'admission');
    });

    await turn(desktop, 'desktop', '8-centre-staff', async () => {
      await openFromInbox(desktop, hoso.baseUrl, 'Bùi Thị Mai', code);
      await sees(desktop, 'demo-centre-cs01', 'admission');
      await takeAction(desktop, 'Tiếp nhận vào cơ sở cai nghiện bắt buộc', async (form) => {
        await form.getByLabel(optional('Kết quả kiểm tra sức khỏe ban đầu'), { exact: true }).fill('Sức khỏe bình thường, không có bệnh truyền nhiễm');
        await occurredOn(desktop, on(6));
      });
      await sees(desktop, 'demo-centre-cs01', 'serving');
      // The timeline says which deadline went overdue, not just that one did.
      await desktop.locator('.timeline-event').getByText('Quá hạn: Trả kết quả xác định tình trạng nghiện', { exact: true }).waitFor();
    });

    // The API agrees: the person is serving the measure, and the dossier went through every step in order.
    const { body } = await hoso.call('demo-supervisor-t01', 'GET', `/api/v1/dossiers/${dossierId}`);
    const final = DossierViewSchema.parse(body);
    expect(final.step).toBe('serving');
    expect(final.regimeId).toBe(regime.id);
    const visited = final.timeline.filter((event) => event.stepBefore !== event.stepAfter).map((event) => event.stepAfter);
    expect(visited).toEqual(['determination', 'commune', 'court', 'complaint-window', 'execution', 'admission', 'serving']);
    const actors = final.timeline.filter((event) => event.kind === 'action').map((event) => [event.action, event.actor?.userId]);
    expect(actors).toEqual([
      ['request-determination', 'demo-police-x01'],
      ['record-determination', 'demo-health-yt01'],
      ['record-violation', 'demo-committee-x01'],
      ['set-temporary-management', 'demo-police-x01'],
      ['notify-subject', 'demo-police-x01'],
      ['record-reading', 'demo-police-x01'],
      ['submit-to-court', 'demo-police-x01'],
      ['court-accept', 'demo-clerk-ta01'],
      ['court-schedule-session', 'demo-clerk-ta01'],
      ['court-decide', 'demo-clerk-ta01'],
      ['escort', 'demo-escort-ca01'],
      ['admit', 'demo-centre-cs01'],
    ]);
  }, 300_000);
});
