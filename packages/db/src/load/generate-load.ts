import { type SQL, sql } from "drizzle-orm";
import { counties, municipalitiesInCounty } from "@naravard/domain";
import { type Database, queryRows } from "../client.ts";
import { recountActivityTally } from "../tally.ts";

/**
 * Synthetic load data for the benchmark: at scale N (100 for the issue's "100×"), every county gets
 * a programme (the seeded Värmland and Örebro plus 19 generated regions, 21 regions and 290
 * municipalities), and the programmes together hold 1 000·N roadmap activities, 10 000·N answers
 * from the public, and N times the seeded events and news, spread evenly over all programmes so the
 * measured ones grow too.
 *
 * Reproducible: every id and every choice is a hash of the seed number and the row's index, so
 * the same seed gives the same rows. Generated ids start with `fffe`, which is how `reset` finds
 * them. Generated rows skip the audit trigger (session_replication_role = replica, superuser only):
 * they are not anyone's edits.
 */
export interface LoadOptions {
  scale: number;
  seed: number;
  /** Called as work is done: `done` of `total` steps, with what is being made. */
  progress?: (done: number, total: number, what: string) => void;
}

export const GENERATED_SLUG_PREFIX = "last-";

/** A deterministic uuid for row `i` of `kind`. */
const gid = (seed: number, kind: string, i: SQL | string) =>
  // Version 4 and variant nibbles set, so the ids pass the API's uuid validation.
  sql`overlay(overlay('fffe' || substr(md5(${String(seed)} || ${kind} || (${i})::text), 5) placing '4' from 13) placing '8' from 17)::uuid`;
/** A deterministic integer in [0, n) for row `i` of `kind`. */
const pick = (seed: number, kind: string, i: SQL, n: SQL | number) =>
  sql`((('x' || substr(md5(${String(seed)} || ${kind} || (${i})::text), 1, 8))::bit(32)::int & 2147483647) % (${n}))`;

async function count(db: Database, table: string, tenantId?: string) {
  const where = tenantId ? sql` where tenant_id = ${tenantId}` : sql``;
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}${where}`);
  return row?.n ?? 0;
}

/** Removes everything a previous run generated (programmes and rows in the seeded programmes). */
export async function resetLoad(db: Database) {
  await withoutTriggers(db, async (db) => {
    for (const table of ["activity_owner", "activity_link"]) await db.execute(sql`delete from ${sql.identifier(table)} where activity_id::text like 'fffe%'`);
  for (const table of ["input_entry", "input_question", "roadmap_activity", "roadmap_area", "event", "article", "member_organisation"])
    await db.execute(sql`delete from ${sql.identifier(table)} where id::text like 'fffe%'`);
    await db.execute(sql`delete from tenant where slug like ${GENERATED_SLUG_PREFIX + "%"}`);
    // Triggers were off: the tally (and nothing else derived) is counted again.
    await recountActivityTally(db);
  });
}

/** Runs `work` in one transaction on one connection, with triggers (audit, foreign keys) off. */
const withoutTriggers = (db: Database, work: (tx: Database) => Promise<void>) =>
  db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await work(tx as unknown as Database);
  });

export async function generateLoad(db: Database, options: LoadOptions) {
  const { scale, seed } = options;
  await resetLoad(db);
  const existing = await queryRows<{ county_code: string }>(db, sql`select county_code from tenant where kind = 'region'`);
  const missing = Object.keys(counties).filter((code) => !existing.some((t) => t.county_code === code));

  const targets = {
    activities: 1000 * scale,
    entries: 10_000 * scale,
    events: (await count(db, "event")) * scale,
    articles: (await count(db, "article")) * scale,
  };
  const tenantsToMake = missing.length;
  const report = (() => {
    let done = 0;
    return (what: string, total: number) => options.progress?.(++done, total, what);
  })();

  {
    // 1. The missing regions, with their county's municipalities as members.
    const steps = tenantsToMake + 1;
    let step = 0;
    for (const code of missing) await withoutTriggers(db, async (db) => {
      const { region, county } = counties[code]!;
      const slug = `${GENERATED_SLUG_PREFIX}${code}`;
      const [row] = await queryRows<{ id: string }>(
        db,
        sql`insert into tenant (id, slug, name, programme_name, kind, county_code, description)
            values (${gid(seed, "tenant", code)}, ${slug}, ${`${region} (lastdata)`}, ${`Genererat program för ${county} (lastdata)`}, 'region', ${code},
                    'Genererad lastdata för prestandamätningen; inga verkliga uppgifter.')
            returning id`,
      );
      const members = [{ code, name: region, kind: "region" }, ...municipalitiesInCounty(code).map((m) => ({ code: m.code, name: m.name, kind: "municipality" }))];
      await db.execute(
        sql`insert into member_organisation (id, tenant_id, kind, official_code, name)
            select ${gid(seed, "member", sql`m.code`)}, ${row!.id}, m.kind::member_kind, m.code, m.name
            from jsonb_to_recordset(${JSON.stringify(members)}::jsonb) as m(code text, name text, kind text)`,
      );
      options.progress?.(++step, steps, `program ${region}`);
    });
    options.progress?.(++step, steps, "program klara");

    const tenants = await queryRows<{ id: string; slug: string }>(db, sql`select id, slug from tenant order by slug`);
    const share = (total: number, index: number) => Math.floor(total / tenants.length) + (index < total % tenants.length ? 1 : 0);
    const perTenant = [
      { what: "färdplansaktiviteter", total: targets.activities, table: "roadmap_activity" },
      { what: "synpunkter", total: targets.entries, table: "input_entry" },
      { what: "evenemang", total: targets.events, table: "event" },
      { what: "nyheter och goda exempel", total: targets.articles, table: "article" },
    ];
    const totalSteps = tenants.length * perTenant.length;
    for (const [index, tenant] of tenants.entries()) await withoutTriggers(db, async (db) => {
      const t = tenant.id;
      // Areas to hold the activities: the programme's own, or ten generated ones.
      if ((await count(db, "roadmap_area", t)) === 0) {
        await db.execute(
          sql`insert into roadmap_area (id, tenant_id, position, title, description, is_demo)
              select ${gid(seed, "area" + t, sql`g`)}, ${t}, g, 'Område ' || g || ' (lastdata)', 'Genererat område.', true
              from generate_series(1, 10) g`,
        );
      }
      const activities = share(targets.activities, index);
      await db.execute(
        sql`insert into roadmap_activity (id, tenant_id, area_id, position, title, description, status, progress, start_month, end_month, is_demo)
            select ${gid(seed, "act" + t, sql`g`)}, ${t},
                   (array(select id from roadmap_area where tenant_id = ${t} order by position))[1 + ${pick(seed, "area" + t, sql`g`, sql`(select count(*) from roadmap_area where tenant_id = ${t})`)}],
                   1000 + g, 'Genererad aktivitet ' || g || ' (lastdata)', 'Genererad för prestandamätningen.',
                   (array['planned','ongoing','done','paused']::activity_status[])[1 + ${pick(seed, "status" + t, sql`g`, 4)}],
                   ${pick(seed, "progress" + t, sql`g`, 101)},
                   to_char(date '2022-01-01' + (${pick(seed, "start" + t, sql`g`, 36)} * interval '1 month'), 'YYYY-MM'),
                   to_char(date '2025-01-01' + (${pick(seed, "end" + t, sql`g`, 24)} * interval '1 month'), 'YYYY-MM'),
                   true
            from generate_series(1, ${activities}) g`,
      );
      await db.execute(
        sql`insert into activity_owner (tenant_id, activity_id, member_id)
            select ${t}, a.id, (array(select id from member_organisation where tenant_id = ${t} order by official_code))[1 + ${pick(seed, "owner" + t, sql`a.position`, sql`(select count(*) from member_organisation where tenant_id = ${t})`)}]
            from roadmap_activity a where a.tenant_id = ${t} and a.id::text like 'fffe%'`,
      );
      // Traceability to the programme's statements, where it has a målbild.
      await db.execute(
        sql`insert into activity_link (tenant_id, activity_id, element_kind, element_id)
            select ${t}, a.id, 'statement', s.ids[1 + ${pick(seed, "link" + t, sql`a.position`, sql`cardinality(s.ids)`)}]
            from roadmap_activity a, (select array(select id from statement where tenant_id = ${t} order by id) as ids) s
            where a.tenant_id = ${t} and a.id::text like 'fffe%' and cardinality(s.ids) > 0`,
      );
      report(`${tenant.slug}: färdplansaktiviteter`, totalSteps);

      let [question] = await queryRows<{ id: string }>(db, sql`select id from input_question where tenant_id = ${t} order by created_at limit 1`);
      if (!question) {
        [question] = await queryRows<{ id: string }>(
          db,
          sql`insert into input_question (id, tenant_id, question, purpose)
              values (${gid(seed, "question", t)}, ${t}, 'Vad vill du utforska tillsammans med andra? (lastdata)', 'Genererad fråga för prestandamätningen.')
              returning id`,
        );
      }
      await db.execute(
        sql`insert into input_entry (id, tenant_id, question_id, text, status, created_at, moderated_at)
            select ${gid(seed, "entry" + t, sql`g`)}, ${t}, ${question!.id},
                   'Genererad synpunkt nummer ' || g || ' om samverkan mellan kommunen och regionen (lastdata).',
                   (array['published','published','published','pending','rejected']::input_status[])[1 + ${pick(seed, "estatus" + t, sql`g`, 5)}],
                   timestamptz '2023-01-01' + (${pick(seed, "ecreated" + t, sql`g`, 1000 * 24 * 60)} * interval '1 minute'),
                   timestamptz '2023-01-01' + (${pick(seed, "ecreated" + t, sql`g`, 1000 * 24 * 60)} * interval '1 minute') + interval '1 day'
            from generate_series(1, ${share(targets.entries, index)}) g`,
      );
      report(`${tenant.slug}: synpunkter`, totalSteps);

      await db.execute(
        sql`insert into event (id, tenant_id, kind, title, description, scope, audiences, starts_on, ends_on, year, place)
            select ${gid(seed, "event" + t, sql`g`)}, ${t},
                   (array['workshop','seminar','dialogue_meeting']::event_kind[])[1 + ${pick(seed, "ekind" + t, sql`g`, 3)}],
                   'Genererat evenemang ' || g || ' (lastdata)', 'Genererat för prestandamätningen.', 'regional', '{}',
                   date '2021-01-01' + ${pick(seed, "eday" + t, sql`g`, 2200)}, null, null, 'Karlstad'
            from generate_series(1, ${share(targets.events, index)}) g`,
      );
      report(`${tenant.slug}: evenemang`, totalSteps);

      await db.execute(
        sql`insert into article (id, tenant_id, kind, title, lead, body, published_on, tags)
            select ${gid(seed, "article" + t, sql`g`)}, ${t},
                   (array['news','good_example']::article_kind[])[1 + ${pick(seed, "akind" + t, sql`g`, 2)}],
                   'Genererad artikel ' || g || ' (lastdata)', 'Ingress till en genererad artikel.',
                   '<p>Genererad text om nära vård i kommunerna och regionen.</p>',
                   date '2021-01-01' + ${pick(seed, "aday" + t, sql`g`, 2000)}, array['lastdata']
            from generate_series(1, ${share(targets.articles, index)}) g`,
      );
      report(`${tenant.slug}: nyheter`, totalSteps);
    });
  }
  // The activities went in with triggers off: the overview's tally is counted again.
  await recountActivityTally(db);
  // Statistics for the planner, and the visibility map a bulk load leaves empty: without it an
  // index-only scan (the overview's counts) visits the table anyway until autovacuum comes by.
  await db.execute(sql`vacuum (analyze)`);
  return {
    tenants: await count(db, "tenant"),
    members: (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from member_organisation where kind = 'municipality'`))[0]?.n ?? 0,
    activities: await count(db, "roadmap_activity"),
    entries: await count(db, "input_entry"),
    events: await count(db, "event"),
    articles: await count(db, "article"),
  };
}
