import { z } from 'zod';
import { ageOn } from '../dossier/open-dossier';
import { isMinorTrigger, voluntaryRehabCases } from '../dossier/state';
import { citizenIdNumber, nfcText, pastCivilDate, unitCode } from './common';

export const TriggerSchema = z
  .enum(['art32-a', 'art32-b', 'art32-c', 'art32-d', 'art33-a', 'art33-b', 'art33-c'])
  .describe('Căn cứ: LPCMT 2021 Điều 32 khoản 1–4 (a–d; người từ đủ 18 tuổi) hoặc Điều 33 khoản 1 điểm a–c (từ đủ 12 đến dưới 18 tuổi)');

export const SubjectSchema = z.object({
  fullName: nfcText(120).describe('Họ và tên'),
  dateOfBirth: pastCivilDate.describe('Ngày sinh'),
  sex: z.enum(['male', 'female']).describe('Giới tính'),
  idNumber: citizenIdNumber.describe('Số định danh cá nhân'),
  residence: nfcText(300).describe('Nơi cư trú'),
  hasStableResidence: z.boolean().describe('Có nơi cư trú ổn định'),
});

export const OpenDossierSchema = z
  .object({
    subject: SubjectSchema,
    trigger: TriggerSchema,
    detectedOn: pastCivilDate.describe('Ngày phát hiện'),
    communeCode: unitCode.optional().describe('Xã mở hồ sơ; mặc định là đơn vị của người mở'),
    priorPlacements: z
      .number()
      .int()
      .min(0)
      .max(20)
      .describe('Số lần đã bị đưa vào cơ sở cai nghiện bắt buộc trước đây (kể cả ngoài hệ thống)'),
    priorMeasures: nfcText(1000).optional().describe('Biện pháp đã áp dụng trước đó (ví dụ giáo dục tại xã)'),
    regimeOverride: z
      .object({ regimeId: z.enum(['2022', '2025', '2026']), reason: nfcText(500) })
      .optional()
      .describe('Chọn chế độ pháp lý khác chế độ đang có hiệu lực vào ngày phát hiện, kèm lý do'),
    voluntaryRehabCase: z
      .enum(voluntaryRehabCases)
      .optional()
      .describe('Với căn cứ Điều 32 khoản 1 hoặc Điều 33 khoản 1 điểm a: không đăng ký, không thực hiện, hay tự ý chấm dứt cai nghiện tự nguyện'),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.subject.dateOfBirth > input.detectedOn) {
      ctx.addIssue({ code: 'custom', path: ['subject', 'dateOfBirth'], message: 'Ngày sinh phải trước ngày phát hiện' });
      return;
    }
    if ((input.trigger === 'art32-a' || input.trigger === 'art33-a') && !input.voluntaryRehabCase) {
      ctx.addIssue({ code: 'custom', path: ['voluntaryRehabCase'], message: 'Nêu rõ người này không đăng ký, không thực hiện hay tự ý chấm dứt cai nghiện tự nguyện' });
    }
    const age = ageOn(input.subject.dateOfBirth, input.detectedOn);
    const minor = isMinorTrigger(input.trigger);
    if (!minor && age < 18) {
      ctx.addIssue({ code: 'custom', path: ['trigger'], message: `Điều 32 áp dụng cho người từ đủ 18 tuổi; người này ${age} tuổi khi bị phát hiện (dùng Điều 33)` });
    }
    if (minor && (age < 12 || age >= 18)) {
      ctx.addIssue({ code: 'custom', path: ['trigger'], message: `Điều 33 áp dụng cho người từ đủ 12 đến dưới 18 tuổi; người này ${age} tuổi khi bị phát hiện` });
    }
  });

export type OpenDossierInput = z.infer<typeof OpenDossierSchema>;
