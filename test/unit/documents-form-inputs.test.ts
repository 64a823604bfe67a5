import { spawnSync } from 'node:child_process';
import type { UnitInfo, Directory } from '../../activities/documents/directory';
import { buildFormInputFrom } from '../../activities/documents/form-inputs';
import { loadFormContext } from '../../activities/documents/form-inputs/context';
import { defaultCalendar } from '../../domain/calendar';
import { applyAction, checkAction, expireDeadline, type ActionRequest } from '../../domain/dossier';
import { activeDeadlines } from '../../domain/dossier/deadlines';
import { openDossier } from '../../domain/dossier/open-dossier';
import type { DossierState, Subject, Trigger } from '../../domain/dossier/state';
import { getRegime, regimes, type ActionId, type RegimeId } from '../../domain/procedure';
import type { ActionBodies } from '../../domain/schemas/actions';
import { actionBodySchemas } from '../../domain/schemas/actions';
import type { ProcedureRole } from '../../domain/roles';
import { demoUnits, demoUsers } from '../../config/demo-data';
import { forms, isFormId, renderForm, type FormId } from '../../templates';
import { actors, noExclusion } from '../support/dossier-driver';

/** The directory as the demo seed fills it, in memory. */
const directory: Directory = {
  async unit(code) {
    const unit = demoUnits.find((candidate) => candidate.code === code);
    if (!unit) throw new Error(`unit ${code} is not in the directory`);
    const parent = demoUnits.find((candidate) => candidate.code === unit.parentCode);
    return { code: unit.code, name: unit.name, parentName: parent?.name ?? null } satisfies UnitInfo;
  },
  async user(id) {
    const user = demoUsers.find((candidate) => candidate.id === id);
    return user ? { name: user.name } : undefined;
  },
};

// Far enough ahead that every back-dated event below has happened.
const now = new Date('2031-06-01T03:00:00Z');
const calendar = defaultCalendar();

type Step = [ProcedureRole, ActionId, string, Record<string, unknown>?] | ['expire', string];

interface Issued {
  action: ActionId | 'open';
  formId: FormId;
  text: string;
}

const pdfText = (bytes: Uint8Array) =>
  spawnSync('pdftotext', ['-raw', '-', '-'], { input: Buffer.from(bytes), encoding: 'utf8' }).stdout.normalize('NFC').replace(/\s+/g, ' ');

/**
 * Drives a dossier through `steps` with the pure domain functions, as the workflow does: each action is
 * checked, applied, and every form it produces is built from the dossier and rendered.
 */
async function drive(regimeId: RegimeId, opening: { subject: Subject; trigger: Trigger; detectedOn: string }, steps: Step[]) {
  const regime = getRegime(regimeId);
  let state: DossierState = openDossier(
    { dossierId: `test-${regimeId}`, code: `HS-${regimeId}-TEST0001`, regimeId, communeCode: 'DEMO-X01', priorPlacements: 0, provincialReview: true, openedBy: actors.commune_police, ...opening },
    now,
  );
  const issued: Issued[] = [];
  const issue = async (action: ActionId | 'open', formIds: readonly string[]) => {
    for (const formId of formIds) {
      if (!isFormId(formId)) throw new Error(`${action} lists ${formId}, which is no registered form`);
      const input = buildFormInputFrom(formId, await loadFormContext(directory, state, state.version));
      const parsed = forms[formId].input.safeParse(input);
      if (!parsed.success) throw new Error(`${action} → ${formId}: ${JSON.stringify(parsed.error.issues)}`);
      issued.push({ action, formId, text: pdfText(await renderForm(formId, input as never)) });
    }
  };
  await issue('open', regime.opening.forms);
  for (const step of steps) {
    if (step[0] === 'expire') {
      const deadline = activeDeadlines(state, regime, calendar).find((candidate) => candidate.rule.id === step[1]);
      if (!deadline) throw new Error(`no running deadline ${step[1]} at step ${state.step}`);
      state = expireDeadline(state, deadline, now);
      continue;
    }
    const [role, action, occurredOn, body = {}] = step;
    // The schema checks what a caller sends (dates past for the real clock); the dates here are past for `now`.
    const entered = { ...(actionBodySchemas[action].parse(body) as object), occurredOn } as ActionBodies[ActionId];
    const request = { action, actor: actors[role], body: entered } as ActionRequest;
    const refusal = checkAction(state, regime, request, now, calendar);
    if (refusal) throw new Error(`${action} refused at ${state.step}: ${refusal.message}`);
    const outcome = applyAction(state, regime, request, now);
    state = outcome.state;
    await issue(action, outcome.forms);
  }
  return { state, issued };
}

const adult: Subject = {
  fullName: 'Nguyễn Thị Hường',
  dateOfBirth: '1990-08-12',
  sex: 'female',
  idNumber: '001190012345',
  residence: 'Thôn Đình Cả, xã Tiên Du, tỉnh Bắc Ninh',
  hasStableResidence: true,
};
const minor: Subject = { ...adult, fullName: 'Đặng Minh Khôi', sex: 'male', dateOfBirth: '2010-05-20', idNumber: '001210054321', hasStableResidence: false, residence: 'Không có nơi ở ổn định, thường ở chợ Lim' };

const mother = { fullName: 'Trần Thị Lựu', relationship: 'Mẹ đẻ', sex: 'female' };
const procurator = { name: 'Bà Trịnh Thu Phương', title: 'Kiểm sát viên Viện kiểm sát nhân dân khu vực 1 - Bắc Ninh' };
const proposerRepresentative = { name: 'Thiếu tá Hà Quang Huy', title: 'Phó Trưởng phòng Cảnh sát điều tra tội phạm về ma túy' };
const summaryCv = {
  placeOfBirth: 'Xã Tiên Du, tỉnh Bắc Ninh',
  hometown: 'Xã Tiên Du, tỉnh Bắc Ninh',
  ethnicity: 'Kinh',
  education: '9/12',
  occupation: 'Lao động tự do',
  family: [{ relationship: 'Mẹ đẻ', fullName: 'Trần Thị Lựu', yearOfBirth: 1968 }],
  history: [{ period: '2008 - nay', activity: 'Lao động tự do tại địa phương' }],
  drugUse: { since: 'năm 2021', substances: ['Methamphetamine'] },
};

/** From the determination to the court's decision to apply, with every detail a form may need entered. */
function toCourt(months: number): Step[] {
  return [
    ['commune_police', 'request-determination', '2026-09-01', { healthFacilityCode: 'DEMO-YT01' }],
    ['health_facility', 'record-determination', '2026-09-04', { result: 'addicted', substances: ['Methamphetamine'], criteriaMet: [1, 2, 5] }],
    ['commune_police', 'record-violation', '2026-09-07', { description: 'Sử dụng trái phép chất ma túy trong thời gian cai nghiện tự nguyện', startedAt: '08:30', endedAt: '09:10' }],
    ['commune_police', 'attach-document', '2026-09-07', { title: 'Bản tóm tắt lý lịch', summaryCv }],
    ['commune_police', 'set-temporary-management', '2026-09-08', { form: 'home', place: adult.residence, familyRepresentative: mother }],
    ['commune_police', 'notify-subject', '2026-09-08', { guardian: 'Trần Thị Lựu (mẹ)' }],
    ['commune_police', 'record-reading', '2026-09-10', { relatives: [mother], notesTaken: true }],
    ['commune_police', 'submit', '2026-09-16', { reviewerUnitCode: 'DEMO-PC04', exclusionCheck: noExclusion }],
    ['reviewer', 'return-for-supplementation', '2026-09-18', { reasons: 'Thiếu bản tường trình của người bị đề nghị' }],
    ['commune_police', 'attach-document', '2026-09-21', { title: 'Bản tường trình của người bị đề nghị' }],
    ['commune_police', 'submit', '2026-09-22', { reviewerUnitCode: 'DEMO-PC04', exclusionCheck: noExclusion }],
    ['reviewer', 'approve', '2026-09-24', { courtUnitCode: 'DEMO-TA01', proposedMonths: months, centreUnitCode: 'DEMO-CS01' }],
    ['court_clerk', 'court-return', '2026-09-25', { reasons: 'Thiếu ý kiến của gia đình', judge: 'Lương Thị Minh Nguyệt' }],
    ['commune_police', 'submit', '2026-09-28', { reviewerUnitCode: 'DEMO-PC04', exclusionCheck: noExclusion }],
    ['reviewer', 'approve', '2026-09-29', { courtUnitCode: 'DEMO-TA01', proposedMonths: months, centreUnitCode: 'DEMO-CS01' }],
    ['court_clerk', 'court-accept', '2026-09-30', { judge: 'Lương Thị Minh Nguyệt' }],
    ['court_clerk', 'court-schedule-session', '2026-10-05', { sessionOn: '2026-10-09' }],
  ];
}
const judged = { judge: 'Lương Thị Minh Nguyệt', procurator, proposerRepresentative };

/** Decision applied, complaint rejected, escorted, admitted, term reduced and served, post-rehab completed. */
function servedToTheEnd(months: number): Step[] {
  return [
    ...toCourt(months),
    ['court_clerk', 'court-decide', '2026-10-09', { outcome: 'apply', months, centreUnitCode: 'DEMO-CS01', escortUnitCode: 'DEMO-CA01', ...judged }],
    ['court_clerk', 'file-complaint', '2026-10-12', { complainant: 'bà Nguyễn Thị Hường', grounds: 'Đề nghị giảm thời hạn vì có con nhỏ' }],
    ['court_clerk', 'record-review-decision', '2026-10-20', { outcome: 'upheld', judge: 'Phan Văn Lợi' }],
    ['escort_police', 'escort', '2026-10-23', { receivedBy: { name: 'Ông Cao Xuân Trường', title: 'Trưởng phòng Tiếp nhận - Phân loại' }, health: 'Tỉnh táo, không có thương tích' }],
    ['centre_staff', 'admit', '2026-10-23', { healthCheck: 'Mạch 82 lần/phút, huyết áp 120/80 mmHg' }],
    ['centre_staff', 'reduce-term', '2027-11-02', { months: 3 }],
    ['expire', 'serving.term'],
    ['centre_staff', 'complete', '2028-08-01'],
    ['commune_committee', 'start-post-rehab', '2028-08-03'],
    ['commune_committee', 'close-post-rehab', '2030-08-05'],
  ];
}

const regimeIds = Object.keys(regimes) as RegimeId[];

describe('every action issues its official forms from the dossier (docs/legal/README.md#forms)', () => {
  jest.setTimeout(120_000);

  it.each(regimeIds)('regime %s: a dossier served to the end issues every form with the person and the dossier code', async (regimeId) => {
    const { state, issued } = await drive(regimeId, { subject: adult, trigger: 'art32-b', detectedOn: '2026-09-01' }, servedToTheEnd(24));
    expect(state.closure).toBe('post-rehab-completed');
    const formIds = new Set(issued.map((document) => document.formId));
    expect([...formIds].sort()).toEqual(Object.keys(forms).sort());
    for (const document of issued) {
      expect({ form: document.formId, name: document.text.includes('Nguyễn Thị Hường') }).toEqual({ form: document.formId, name: true });
      expect({ form: document.formId, code: document.text.includes(`HS-${regimeId}-TEST0001`) }).toEqual({ form: document.formId, code: true });
      // Luật 120/2025/QH15 replaced the 2021 law for dossiers of regime 2026: no form cites the 2021 law there.
      if (regimeId === '2026') expect({ form: document.formId, cites2021: /năm 2021:|73\/2021\/QH14|Luật Phòng, chống ma túy năm 2021/.test(document.text) }).toEqual({ form: document.formId, cites2021: false });
    }
    // Nobody entered the session's place or clerk: the decision leaves them to be filled in by hand.
    expect(issued.find((document) => document.formId === 'court-decision')?.text).toContain('Thư ký phiên họp: ……………');
  });

  it.each(regimeIds)('regime %s: a minor without a stable residence, managed at a facility, whom the court does not apply the measure to', async (regimeId) => {
    const { state, issued } = await drive(regimeId, { subject: minor, trigger: 'art33-b', detectedOn: '2026-09-01' }, [
      ['commune_police', 'request-determination', '2026-09-01', { healthFacilityCode: 'DEMO-YT01' }],
      ['health_facility', 'record-determination', '2026-09-03', { result: 'addicted', substances: ['Ketamine'], criteriaMet: [1, 3, 4, 6] }],
      ['commune_committee', 'record-violation', '2026-09-04', { description: 'Sử dụng trái phép chất ma túy trong thời gian cai nghiện tự nguyện' }],
      ['commune_police', 'set-temporary-management', '2026-09-04', { form: 'facility', place: 'Cơ sở cai nghiện ma túy số 1 tỉnh Bắc Ninh', familyRepresentative: { fullName: 'Đặng Văn Toàn', relationship: 'Bố đẻ' } }],
      ['commune_police', 'notify-subject', '2026-09-07', { guardian: 'Đặng Văn Toàn', guardianRelationship: 'Bố đẻ' }],
      ['commune_police', 'record-reading', '2026-09-08', { subjectPresent: false, relatives: [{ fullName: 'Đặng Văn Toàn', relationship: 'Bố đẻ' }] }],
      ['commune_police', 'submit', '2026-09-15', { reviewerUnitCode: 'DEMO-PC04', exclusionCheck: noExclusion }],
      ['reviewer', 'approve', '2026-09-17', { courtUnitCode: 'DEMO-TA01', proposedMonths: getRegime(regimeId).termMonths.minor.max, centreUnitCode: 'DEMO-CS01' }],
      ['court_clerk', 'court-accept', '2026-09-18', { judge: 'Lương Thị Minh Nguyệt', caseNumber: '25/2026/TLST-XLHC' }],
      ['court_clerk', 'court-decide', '2026-09-28', { outcome: 'not-apply', ...judged, findings: ['Người bị đề nghị đang điều trị bệnh nặng'] }],
    ]);
    // The refusal has its windows too (docs/legal/README.md#decisions-taking-effect): the case ends once they pass.
    expect(state).toMatchObject({ step: 'complaint-window', decision: { outcome: 'not-apply' } });
    expect(issued.map((document) => document.formId)).toEqual([
      'dossier-cover-sheet',
      'determination-request',
      'determination-result',
      'violation-record',
      'family-confirmation',
      'dossier-notice',
      'reading-record',
      'submission-letter',
      'court-proposal',
      'court-acceptance-notice',
      'court-decision',
    ]);
    for (const document of issued) expect({ form: document.formId, name: document.text.includes('Đặng Minh Khôi') }).toEqual({ form: document.formId, name: true });
    expect(issued.find((document) => document.formId === 'family-confirmation')?.text).toContain('không có nơi cư trú ổn định');
    expect(issued.find((document) => document.formId === 'court-acceptance-notice')?.text).toContain('25/2026/TLST-XLHC');
    // A minor's measure is decided under PL 01/2022 and is not an administrative handling measure.
    for (const formId of ['court-acceptance-notice', 'court-decision']) {
      const printed = issued.find((document) => document.formId === formId)?.text ?? '';
      expect({ formId, ordinance: printed.includes('Pháp lệnh số 01/2022/UBTVQH15') }).toEqual({ formId, ordinance: true });
      expect({ formId, administrative: /xử lý hành chính|xử phạt/.test(printed) }).toEqual({ formId, administrative: false });
    }
  });

  it.each(regimeIds)('regime %s: a person who did not register voluntarily, whose decision is modified on review (upheld under 2026, whose term is fixed)', async (regimeId) => {
    const { state, issued } = await drive(regimeId, { subject: adult, trigger: 'art32-a', detectedOn: '2026-09-01' }, [
      ['commune_police', 'request-determination', '2026-09-01', { healthFacilityCode: 'DEMO-YT01', determinationCase: 'a' }],
      ['health_facility', 'record-determination', '2026-09-03', { result: 'addicted' }],
      ['expire', 'registration-window.register'],
      ['commune_police', 'record-violation', '2026-09-14', { description: 'Không đăng ký cai nghiện ma túy tự nguyện' }],
      ['commune_police', 'set-temporary-management', '2026-09-14', { form: 'home', place: adult.residence }],
      ['commune_police', 'notify-subject', '2026-09-15'],
      ['commune_police', 'record-reading', '2026-09-16'],
      ['commune_police', 'submit', '2026-09-23', { reviewerUnitCode: 'DEMO-PC04', exclusionCheck: noExclusion }],
      ['reviewer', 'approve', '2026-09-24', { courtUnitCode: 'DEMO-TA01', proposedMonths: 24 }],
      ['court_clerk', 'court-accept', '2026-09-25'],
      ['court_clerk', 'court-decide', '2026-10-05', { outcome: 'apply', months: 24, centreUnitCode: 'DEMO-CS01', escortUnitCode: 'DEMO-CA01', ...judged }],
      ['court_clerk', 'file-protest', '2026-10-07', { procuracy: 'Viện kiểm sát nhân dân khu vực 1 - Bắc Ninh' }],
      ['court_clerk', 'record-review-decision', '2026-10-15', { outcome: regimeId === '2026' ? 'upheld' : 'modified', months: 18, judge: 'Phan Văn Lợi' }],
      ['escort_police', 'escort', '2026-10-19'],
      ['centre_staff', 'admit', '2026-10-19'],
    ]);
    expect(state.step).toBe('serving');
    // Forms whose facts nobody entered (findings, judge at acceptance, the centre's officer, the health check) are left out.
    expect(issued.map((document) => document.formId)).toEqual([
      'dossier-cover-sheet',
      'determination-request',
      'violation-record',
      'dossier-notice',
      'reading-record',
      'submission-letter',
      'court-decision',
      'review-decision',
    ]);
    for (const document of issued) expect(document.text).toContain('Nguyễn Thị Hường');
  });
});

describe('the forms of the regime tables', () => {
  const listed = (regimeId: RegimeId) => {
    const regime = getRegime(regimeId);
    return [...regime.opening.forms, ...Object.values(regime.actions).flatMap((rule) => rule.forms.map((entry) => (typeof entry === 'string' ? entry : entry.form)))];
  };

  it.each(regimeIds)('regime %s lists only registered forms', (regimeId) => {
    expect(listed(regimeId).filter((id) => !isFormId(id))).toEqual([]);
  });

  it.each(regimeIds)('regime %s has every registered official form produced by some action', (regimeId) => {
    const produced = new Set(listed(regimeId));
    expect(Object.keys(forms).filter((id) => !produced.has(id))).toEqual([]);
  });

  it.each(regimeIds)('regime %s: a form that needs entered facts names fields its action body has', (regimeId) => {
    const regime = getRegime(regimeId);
    const unknown = Object.values(regime.actions).flatMap((rule) =>
      rule.forms.flatMap((entry) =>
        typeof entry === 'string' ? [] : entry.needs.filter((field) => !(field in actionBodySchemas[rule.id].shape)).map((field) => `${rule.id}.${field}`),
      ),
    );
    expect(unknown).toEqual([]);
  });
});
