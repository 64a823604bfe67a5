import type { Role } from '../domain/roles';

/**
 * Demonstration units and users for `npm start` and the tests. Codes are prefixed DEMO so they never
 * collide with official administrative unit codes.
 */
export const demoUnits = [
  { code: 'DEMO-T01', name: 'Tỉnh Bắc Ninh', kind: 'province', parentCode: null },
  { code: 'DEMO-X01', name: 'Xã Tiên Du', kind: 'commune', parentCode: 'DEMO-T01' },
  { code: 'DEMO-X02', name: 'Phường Kinh Bắc', kind: 'commune', parentCode: 'DEMO-T01' },
  { code: 'DEMO-YT01', name: 'Trung tâm Y tế khu vực Tiên Du', kind: 'health_facility', parentCode: 'DEMO-T01' },
  {
    code: 'DEMO-PC04',
    name: 'Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Bắc Ninh',
    kind: 'reviewer',
    parentCode: 'DEMO-T01',
  },
  { code: 'DEMO-TA01', name: 'Tòa án nhân dân khu vực 1 - Bắc Ninh', kind: 'court', parentCode: 'DEMO-T01' },
  { code: 'DEMO-CA01', name: 'Công an tỉnh Bắc Ninh', kind: 'escort_police', parentCode: 'DEMO-T01' },
  { code: 'DEMO-CS01', name: 'Cơ sở cai nghiện ma túy số 1 tỉnh Bắc Ninh', kind: 'centre', parentCode: 'DEMO-T01' },
] as const;

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
  { id: 'demo-clerk-ta01', name: 'Vũ Thị Hạnh', role: 'court_clerk', unitCode: 'DEMO-TA01' },
  { id: 'demo-escort-ca01', name: 'Hoàng Văn Nam', role: 'escort_police', unitCode: 'DEMO-CA01' },
  { id: 'demo-centre-cs01', name: 'Bùi Thị Mai', role: 'centre_staff', unitCode: 'DEMO-CS01' },
  { id: 'demo-supervisor-t01', name: 'Ngô Văn Bình', role: 'supervisor', unitCode: 'DEMO-T01' },
  { id: 'demo-admin', name: 'Quản trị hệ thống', role: 'administrator', unitCode: 'DEMO-T01' },
];
