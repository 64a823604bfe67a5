/** Who acts on a dossier (docs/legal/README.md#roles). */
export const roles = [
  'commune_police',
  'commune_committee',
  'health_facility',
  'reviewer',
  'court_clerk',
  'escort_police',
  'centre_staff',
  'supervisor',
  'administrator',
] as const;

export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  commune_police: 'Công an cấp xã',
  commune_committee: 'Ủy ban nhân dân cấp xã',
  health_facility: 'Cơ sở y tế đủ điều kiện xác định tình trạng nghiện',
  reviewer: 'Cơ quan xem xét, đề nghị',
  court_clerk: 'Tòa án nhân dân',
  escort_police: 'Cơ quan Công an tổ chức đưa người vào cơ sở',
  centre_staff: 'Cơ sở cai nghiện bắt buộc',
  supervisor: 'Cán bộ giám sát',
  administrator: 'Quản trị hệ thống',
};

/** Roles that take part in the procedure; supervisors only read, administrators keep reference data. */
export type ProcedureRole = Exclude<Role, 'supervisor' | 'administrator'>;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}
