import type { Role } from '../domain/roles';

export interface DemoUnit {
  code: string;
  name: string;
  kind: 'province' | 'district' | 'commune' | 'health_facility' | 'reviewer' | 'court' | 'escort_police' | 'centre';
  parentCode: string | null;
  /** The first day the unit acts; none for units that act under every regime. */
  validFrom?: string;
  /** The day the unit ceased to act (merged, replaced); none while it still does. */
  validTo?: string;
}

/**
 * Demonstration units and users for `npm start` and the tests. Codes are prefixed DEMO so they never
 * collide with official administrative unit codes. Each regime finds its own agencies: a dossier of 2024 (regime
 * `2022`) goes to the district Labour office and the district court, one of 2026 to the regional court
 * (docs/legal/README.md, the regimes table).
 */
export const demoUnits: readonly DemoUnit[] = [
  { code: 'DEMO-T01', name: 'Tỉnh Bắc Ninh', kind: 'province', parentCode: null },
  // A district of the 2022 regime: districts were abolished on 1 July 2025 (Nghị quyết 202/2025/QH15).
  { code: 'DEMO-H01', name: 'Huyện Tiên Du', kind: 'district', parentCode: 'DEMO-T01', validTo: '2025-07-01' },
  { code: 'DEMO-X01', name: 'Xã Tiên Du', kind: 'commune', parentCode: 'DEMO-T01' },
  { code: 'DEMO-X02', name: 'Phường Kinh Bắc', kind: 'commune', parentCode: 'DEMO-T01' },
  { code: 'DEMO-YT01', name: 'Trung tâm Y tế khu vực Tiên Du', kind: 'health_facility', parentCode: 'DEMO-T01' },
  // The reviewing level of the 2022 regime. From 1 March 2025 the police took over drug rehabilitation and there is
  // no Phòng LĐTBXH (NĐ 02/2025, TTLT 03/2025 [C-sec]: docs/legal-review.md, "State management from 01/03/2025"). That
  // the offices merged into the district Phòng Nội vụ that day is reported, not read in an instrument here [U].
  {
    code: 'DEMO-LD01',
    name: 'Phòng Lao động - Thương binh và Xã hội huyện Tiên Du',
    kind: 'reviewer',
    parentCode: 'DEMO-H01',
    validTo: '2025-03-01',
  },
  {
    code: 'DEMO-PC04',
    name: 'Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Bắc Ninh',
    kind: 'reviewer',
    parentCode: 'DEMO-T01',
  },
  // District courts decided until regional courts replaced them on 1 July 2025 (docs/legal/README.md, regime 2025).
  { code: 'DEMO-TAH01', name: 'Tòa án nhân dân huyện Tiên Du', kind: 'court', parentCode: 'DEMO-H01', validTo: '2025-07-01' },
  { code: 'DEMO-TA01', name: 'Tòa án nhân dân khu vực 1 - Bắc Ninh', kind: 'court', parentCode: 'DEMO-T01', validFrom: '2025-07-01' },
  { code: 'DEMO-CA01', name: 'Công an tỉnh Bắc Ninh', kind: 'escort_police', parentCode: 'DEMO-T01' },
  { code: 'DEMO-CS01', name: 'Cơ sở cai nghiện ma túy số 1 tỉnh Bắc Ninh', kind: 'centre', parentCode: 'DEMO-T01' },
];

export interface DemoUser {
  id: string;
  name: string;
  role: Role;
  unitCode: string;
}

export const demoUsers: readonly DemoUser[] = [
  { id: 'demo-police-x01', name: 'Trần Văn Hùng', role: 'commune_police', unitCode: 'DEMO-X01' },
  { id: 'demo-police-x02', name: 'Lê Thị Thu', role: 'commune_police', unitCode: 'DEMO-X02' },
  { id: 'demo-committee-x01', name: 'Nguyễn Đức Thắng', role: 'commune_committee', unitCode: 'DEMO-X01' },
  { id: 'demo-health-yt01', name: 'Phạm Thị Lan', role: 'health_facility', unitCode: 'DEMO-YT01' },
  { id: 'demo-reviewer-pc04', name: 'Đỗ Quang Minh', role: 'reviewer', unitCode: 'DEMO-PC04' },
  { id: 'demo-reviewer-ld01', name: 'Nguyễn Thị Huyền', role: 'reviewer', unitCode: 'DEMO-LD01' },
  { id: 'demo-clerk-ta01', name: 'Vũ Thị Hạnh', role: 'court_clerk', unitCode: 'DEMO-TA01' },
  { id: 'demo-clerk-tah01', name: 'Trịnh Văn Long', role: 'court_clerk', unitCode: 'DEMO-TAH01' },
  { id: 'demo-escort-ca01', name: 'Hoàng Văn Nam', role: 'escort_police', unitCode: 'DEMO-CA01' },
  { id: 'demo-centre-cs01', name: 'Bùi Thị Mai', role: 'centre_staff', unitCode: 'DEMO-CS01' },
  { id: 'demo-supervisor-t01', name: 'Ngô Văn Bình', role: 'supervisor', unitCode: 'DEMO-T01' },
  { id: 'demo-admin', name: 'Quản trị hệ thống', role: 'administrator', unitCode: 'DEMO-T01' },
];
