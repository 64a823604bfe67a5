import { performance } from 'node:perf_hooks';
import type { Sql } from 'postgres';

export interface SyntheticDossiers {
  seconds: number;
  waits: number;
  overdue: number;
  largestProvince: { code: string; dossiers: number };
}

/**
 * Fills the projection with `count` made-up dossiers, written by SQL as the projection activity would write them:
 * spread over every commune in the units table (2 % in the demo commune DEMO-X01, at every step, so its inbox is a busy one), at
 * every step, one running office deadline for each open one owned by the unit its step names, 10 % of them late.
 * Names and ID numbers are made up (`Nguyễn Văn <n>`).
 */
export async function seedSyntheticDossiers(sql: Sql, count: number): Promise<SyntheticDossiers> {
  const started = performance.now();
  await sql.begin(async (tx) => {
    await tx`
      CREATE TEMP TABLE bench_communes ON COMMIT DROP AS
      SELECT row_number() OVER (ORDER BY code) AS n, code, parent_code AS province
      FROM units WHERE kind = 'commune' AND code NOT LIKE 'DEMO-%'`;
    await tx`
      INSERT INTO dossiers (id, code, regime_id, step, commune_code, subject_name, subject_name_folded, subject_id_number,
                            subject_birth, subject_sex, detected_on, opened_at, due_at, is_overdue, health_facility_code,
                            reviewer_code, court_code, escort_code, centre_code, version, state)
      SELECT gen_random_uuid(), 'HS-B-' || g, '2026', s.step, c.code, 'Nguyễn Văn ' || g, 'nguyen van ' || g,
             lpad(g::text, 12, '0'), date '1990-01-01' + (g % 7000), CASE WHEN g % 9 = 0 THEN 'female' ELSE 'male' END,
             date '2026-07-01' + (g % 140), now() - g * interval '7 seconds',
             CASE WHEN s.step IN ('determination', 'commune', 'review', 'court', 'execution') THEN due END,
             s.step IN ('determination', 'commune', 'review', 'court', 'execution') AND due < now(),
             c.hf, c.reviewer, c.court, c.escort, c.centre, 1,
             jsonb_build_object('units', jsonb_build_object('commune', c.code, 'healthFacility', c.hf, 'reviewer', c.reviewer))
      FROM generate_series(1, ${count}::int) g
      CROSS JOIN LATERAL (SELECT (ARRAY['determination', 'determination', 'commune', 'commune', 'commune', 'review', 'court',
                                        'execution', 'serving', 'closed'])[1 + g % 10] AS step,
                                 now() + (((g::bigint * 7919) % 60) - 6) * interval '1 day' + (g % 86400) * interval '1 second' AS due) s
      CROSS JOIN LATERAL (
        SELECT CASE WHEN (g / 7) % 50 = 0 THEN 'DEMO-X01' ELSE bc.code END AS code,
               CASE WHEN (g / 7) % 50 = 0 THEN 'DEMO-YT01' ELSE 'YT-' || bc.province END AS hf,
               CASE WHEN (g / 7) % 50 = 0 THEN 'DEMO-PC04' ELSE 'PC04-' || bc.province END AS reviewer,
               CASE WHEN (g / 7) % 50 = 0 THEN 'DEMO-TA01' ELSE 'TA-' || bc.province END AS court,
               CASE WHEN (g / 7) % 50 = 0 THEN 'DEMO-CA01' ELSE 'CA-' || bc.province END AS escort,
               CASE WHEN (g / 7) % 50 = 0 THEN 'DEMO-CS01' ELSE 'CS-' || bc.province END AS centre
        FROM bench_communes bc WHERE bc.n = 1 + g % (SELECT count(*) FROM bench_communes)) c`;
    await tx`
      INSERT INTO dossier_waits (dossier_id, deadline_id, role, unit_code, commune_code, step, due_at)
      SELECT d.id, w.deadline_id, w.role, w.unit_code, d.commune_code, d.step, d.due_at
      FROM dossiers d
      CROSS JOIN LATERAL (
        SELECT * FROM (VALUES
          ('determination', 'determination.result', 'health_facility', d.health_facility_code),
          ('commune', 'commune.compile-dossier', 'commune_police', d.commune_code),
          ('review', 'review.legality-check', 'reviewer', d.reviewer_code),
          ('court', 'court.accept', 'court_clerk', d.court_code),
          ('execution', 'execution.escort', 'escort_police', d.escort_code)
        ) AS v(step, deadline_id, role, unit_code) WHERE v.step = d.step) w
      WHERE d.code LIKE 'HS-B-%'`;
  });
  await sql`ANALYZE dossiers`;
  await sql`ANALYZE dossier_waits`;
  const [{ waits, overdue }] = (await sql`
    SELECT count(*)::int AS waits, count(*) FILTER (WHERE due_at < now())::int AS overdue FROM dossier_waits`) as unknown as [{ waits: number; overdue: number }];
  const [largest] = await sql<{ code: string; dossiers: number }[]>`
    SELECT u.parent_code AS code, count(*)::int AS dossiers FROM dossiers d JOIN units u ON u.code = d.commune_code
    WHERE u.parent_code IS NOT NULL AND u.parent_code NOT LIKE 'DEMO-%' GROUP BY u.parent_code ORDER BY count(*) DESC LIMIT 1`;
  if (!largest) throw new Error('no province in the units table: seed the administrative units first');
  return { seconds: (performance.now() - started) / 1000, waits, overdue, largestProvince: largest };
}
