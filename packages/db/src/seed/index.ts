import { and, eq } from "drizzle-orm";
import type { Database } from "../client.ts";
import { hashPassword } from "../password.ts";
import * as s from "../schema/index.ts";
import { withTenant, withoutTenant } from "../scope.ts";
import { type SeedProgramme, programmes } from "./programmes.ts";
import { type SeedRoadmap, roadmaps } from "./roadmaps.ts";
import { participationSeed } from "./participation.ts";
import { fyrbodalStrategies } from "./strategies.ts";

export { programmes };
export { seedPasswordFromEnv } from "./password.ts";
export type { SeedProgramme };

export interface SeedOptions {
  /**
   * The password given to each seeded demo coordinator. Required: callers decide (the CLI
   * refuses to seed one in production).
   */
  coordinatorPassword: string;
  log?: (line: string) => void;
}

export interface SeedResult {
  tenantsCreated: number;
  malbilderCreated: number;
  usersCreated: number;
}

/**
 * Seeds the three programmes. Idempotent: a programme, member, målbild or user that exists is left
 * as it is (a coordinator's edits survive a second run).
 */
export async function seedDatabase(db: Database, options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => {});
  const result: SeedResult = { tenantsCreated: 0, malbilderCreated: 0, usersCreated: 0 };
  const passwordHash = await hashPassword(options.coordinatorPassword);

  for (const [index, programme] of programmes.entries()) {
    const step = `[${index + 1}/${programmes.length}] ${programme.name}`;
    // The tenant registry belongs to the platform, not to a tenant: it is written by the owner.
    const inserted = await db
      .insert(s.tenant)
      .values({
        slug: programme.slug,
        name: programme.name,
        programmeName: programme.programmeName,
        kind: programme.kind,
        countyCode: programme.countyCode,
        description: programme.description,
      })
      .onConflictDoNothing({ target: s.tenant.slug })
      .returning({ id: s.tenant.id });
    if (inserted.length) result.tenantsCreated++;
    const [tenant] = await db.select({ id: s.tenant.id }).from(s.tenant).where(eq(s.tenant.slug, programme.slug));
    if (!tenant) throw new Error(`Seed: tenant ${programme.slug} missing after insert`);
    const tenantId = tenant.id;

    const created = await withTenant(db, tenantId, async (tx) => {
      await tx
        .insert(s.memberOrganisation)
        .values(programme.members.map((m) => ({ ...m, tenantId })))
        .onConflictDoNothing();
      const existing = await tx.select({ id: s.malbild.id }).from(s.malbild).where(eq(s.malbild.tenantId, tenantId)).limit(1);
      const malbildId = existing[0]?.id ?? (await insertMalbild(tx, tenantId, programme.malbild));
      await seedAdoptions(tx, tenantId, malbildId, programme.adoptions);
      const roadmap = roadmaps[programme.slug];
      if (roadmap) await seedRoadmap(tx, tenantId, malbildId, roadmap);
      if (programme.slug === "fyrbodal") await seedStrategies(tx, tenantId);
      if (programme.slug === "varmland") await seedDemoIndicator(tx, tenantId, malbildId);
      await seedParticipation(tx, tenantId, programme.slug);
      return existing.length === 0;
    });
    if (created) result.malbilderCreated++;

    const userCreated = await ensureCoordinator(db, tenantId, programme.coordinator, passwordHash);
    if (userCreated) result.usersCreated++;
    log(
      `${step}: ${programme.members.length} parter, målbild ${created ? "skapad" : "fanns redan"}, samordnare ${programme.coordinator.email}${userCreated ? " skapad" : " fanns redan"}`,
    );
  }
  const adminCreated = await withoutTenant(db, (tx) =>
    tx
      .insert(s.appUser)
      .values({ email: PLATFORM_ADMIN_EMAIL, name: "Plattformsadministratör (demo)", passwordHash, isPlatformAdmin: true })
      .onConflictDoNothing({ target: s.appUser.email })
      .returning({ id: s.appUser.id }),
  );
  if (adminCreated.length) result.usersCreated++;
  log(`Plattformsadministratör ${PLATFORM_ADMIN_EMAIL}${adminCreated.length ? " skapad" : " fanns redan"}`);
  return result;
}

/** The demo platform administrator, who can onboard further programmes. */
export const PLATFORM_ADMIN_EMAIL = "plattform@naravard.demo";

type Tx = Parameters<Parameters<typeof withTenant>[2]>[0];

async function insertMalbild(tx: Tx, tenantId: string, m: SeedProgramme["malbild"]) {
  const [row] = await tx
    .insert(s.malbild)
    .values({
      tenantId,
      title: m.title,
      vision: m.vision,
      goal: m.goal,
      introduction: m.introduction,
      status: m.status,
      adoptedOn: m.adoptedOn,
      sourceNote: m.sourceNote,
    })
    .returning({ id: s.malbild.id });
  if (!row) throw new Error("Seed: målbild insert returned nothing");
  const malbildId = row.id;
  await insertMalbildContent(tx, tenantId, malbildId, m);
  return malbildId;
}

/** The decisions the sources record, once: a tenant that has any decision is left alone. */
async function seedAdoptions(tx: Tx, tenantId: string, malbildId: string, adoptions: SeedProgramme["adoptions"]) {
  if (!adoptions.length) return;
  const [any] = await tx.select({ id: s.adoptionDecision.id }).from(s.adoptionDecision).where(eq(s.adoptionDecision.tenantId, tenantId)).limit(1);
  if (any) return;
  const members = await tx
    .select({ id: s.memberOrganisation.id, code: s.memberOrganisation.officialCode })
    .from(s.memberOrganisation)
    .where(eq(s.memberOrganisation.tenantId, tenantId));
  const idOf = new Map(members.map((m) => [m.code, m.id]));
  await tx.insert(s.adoptionDecision).values(
    adoptions.map((a) => ({
      tenantId,
      memberId: idOf.get(a.code)!,
      malbildId,
      status: a.status,
      decidingBody: a.decidingBody,
      decidedOn: a.decidedOn,
      note: a.note,
    })),
  );
}

/** Demo roadmap content, once: a tenant that has any roadmap area is left alone. */
async function seedRoadmap(tx: Tx, tenantId: string, malbildId: string, roadmap: SeedRoadmap) {
  const [any] = await tx.select({ id: s.roadmapArea.id }).from(s.roadmapArea).where(eq(s.roadmapArea.tenantId, tenantId)).limit(1);
  if (any) return;
  const members = await tx
    .select({ id: s.memberOrganisation.id, code: s.memberOrganisation.officialCode })
    .from(s.memberOrganisation)
    .where(eq(s.memberOrganisation.tenantId, tenantId));
  const memberId = new Map(members.map((m) => [m.code, m.id]));
  const statements = await tx.select({ id: s.statement.id, text: s.statement.text }).from(s.statement).where(and(eq(s.statement.tenantId, tenantId), eq(s.statement.malbildId, malbildId)));
  const shifts = await tx.select({ id: s.shift.id, text: s.shift.fromText }).from(s.shift).where(and(eq(s.shift.tenantId, tenantId), eq(s.shift.malbildId, malbildId)));
  const elementId = (kind: "statement" | "shift", text: string) => (kind === "statement" ? statements : shifts).find((e) => e.text === text)?.id;

  for (const [areaPosition, area] of roadmap.areas.entries()) {
    const [areaRow] = await tx
      .insert(s.roadmapArea)
      .values({ tenantId, position: areaPosition, title: area.title, description: area.description, isDemo: true })
      .returning({ id: s.roadmapArea.id });
    for (const [position, a] of area.activities.entries()) {
      const [activity] = await tx
        .insert(s.roadmapActivity)
        .values({ tenantId, areaId: areaRow!.id, position, title: a.title, description: a.description, status: a.status, progress: a.progress, isDemo: true })
        .returning({ id: s.roadmapActivity.id });
      const activityId = activity!.id;
      const owners = a.owners.map((code) => memberId.get(code)).filter((id): id is string => !!id);
      if (owners.length) await tx.insert(s.activityOwner).values(owners.map((id) => ({ tenantId, activityId, memberId: id })));
      const links = a.links.map((l) => ({ kind: l.kind, id: elementId(l.kind, l.text) })).filter((l): l is { kind: "statement" | "shift"; id: string } => !!l.id);
      if (links.length) await tx.insert(s.activityLink).values(links.map((l) => ({ tenantId, activityId, elementKind: l.kind, elementId: l.id })));
      await tx.insert(s.activityProgress).values({ tenantId, activityId, status: a.status, progress: a.progress });
    }
  }
}

/** Fyrbodal's strategies, once: a tenant that has any strategy is left alone. */
async function seedStrategies(tx: Tx, tenantId: string) {
  const [any] = await tx.select({ id: s.strategy.id }).from(s.strategy).where(eq(s.strategy.tenantId, tenantId)).limit(1);
  if (any) return;
  for (const [position, st] of fyrbodalStrategies.strategies.entries()) {
    const { activities, meetings, ...fields } = st;
    const [row] = await tx
      .insert(s.strategy)
      .values({ tenantId, position, ...fyrbodalStrategies.shared, ...fields })
      .returning({ id: s.strategy.id });
    const strategyId = row!.id;
    if (activities.length) await tx.insert(s.strategyActivity).values(activities.map((a) => ({ tenantId, strategyId, ...a, status: "planned" as const })));
    if (meetings.length) await tx.insert(s.strategyMeeting).values(meetings.map((m) => ({ tenantId, strategyId, ...m })));
  }
}

/**
 * One demo indicator, so follow-up can be shown and the Kolada import tried with the sample file
 * (packages/api/src/kolada/sample-varmland.json). Its numbers are invented and labelled demo.
 */
async function seedDemoIndicator(tx: Tx, tenantId: string, malbildId: string) {
  const [any] = await tx.select({ id: s.indicator.id }).from(s.indicator).where(eq(s.indicator.tenantId, tenantId)).limit(1);
  if (any) return;
  const [row] = await tx
    .insert(s.indicator)
    .values({
      tenantId,
      code: "DEMO-NV-1",
      title: "Andel invånare som upplever att vården är samordnad (demodata)",
      description: "Exempelindikator med påhittade värden för att visa uppföljningen. Inte statistik.",
      unit: "procent",
      direction: "increase",
      baselineValue: 58,
      baselinePeriod: "2021",
      targetValue: 75,
      targetPeriod: "2025",
      isDemo: true,
    })
    .returning({ id: s.indicator.id });
  const [statement] = await tx
    .select({ id: s.statement.id })
    .from(s.statement)
    .where(and(eq(s.statement.tenantId, tenantId), eq(s.statement.malbildId, malbildId), eq(s.statement.text, "Vård och stöd utgår och samordnas från mina behov och resurser")));
  if (statement) await tx.insert(s.indicatorLink).values({ tenantId, indicatorId: row!.id, elementKind: "statement", elementId: statement.id });
  const [region] = await tx
    .select({ id: s.memberOrganisation.id })
    .from(s.memberOrganisation)
    .where(and(eq(s.memberOrganisation.tenantId, tenantId), eq(s.memberOrganisation.officialCode, "17")));
  if (region)
    await tx.insert(s.indicatorValue).values([
      { tenantId, indicatorId: row!.id, memberId: region.id, period: "2021", value: 58 },
      { tenantId, indicatorId: row!.id, memberId: region.id, period: "2022", value: 61 },
    ]);
}

/** Events, articles, contacts and the open question, once per kind. */
async function seedParticipation(tx: Tx, tenantId: string, slug: string) {
  const seed = participationSeed[slug];
  if (!seed) return;
  const members = await tx
    .select({ id: s.memberOrganisation.id, code: s.memberOrganisation.officialCode })
    .from(s.memberOrganisation)
    .where(eq(s.memberOrganisation.tenantId, tenantId));
  const memberId = new Map(members.map((m) => [m.code, m.id]));
  const [anyEvent] = await tx.select({ id: s.event.id }).from(s.event).where(eq(s.event.tenantId, tenantId)).limit(1);
  if (!anyEvent)
    for (const e of seed.events) {
      const { materials, ...fields } = e;
      const [row] = await tx.insert(s.event).values({ tenantId, ...fields }).returning({ id: s.event.id });
      if (materials.length)
        await tx.insert(s.eventMaterial).values(materials.map((m) => ({ tenantId, eventId: row!.id, title: `${m.title} (${m.kind})`, missing: true })));
    }
  const [anyArticle] = await tx.select({ id: s.article.id }).from(s.article).where(eq(s.article.tenantId, tenantId)).limit(1);
  if (!anyArticle)
    for (const a of seed.articles) {
      const { members: codes, ...fields } = a;
      const [row] = await tx.insert(s.article).values({ tenantId, ...fields }).returning({ id: s.article.id });
      const ids = codes.map((c) => memberId.get(c)).filter((id): id is string => !!id);
      if (ids.length) await tx.insert(s.articleMember).values(ids.map((id) => ({ tenantId, articleId: row!.id, memberId: id })));
    }
  const [anyContact] = await tx.select({ id: s.contact.id }).from(s.contact).where(eq(s.contact.tenantId, tenantId)).limit(1);
  if (!anyContact && seed.contacts.length) await tx.insert(s.contact).values(seed.contacts.map((c, position) => ({ tenantId, position, ...c })));
  const [anyQuestion] = await tx.select({ id: s.inputQuestion.id }).from(s.inputQuestion).where(eq(s.inputQuestion.tenantId, tenantId)).limit(1);
  if (!anyQuestion && seed.question) await tx.insert(s.inputQuestion).values({ tenantId, ...seed.question });
}

async function insertMalbildContent(tx: Tx, tenantId: string, malbildId: string, m: SeedProgramme["malbild"]) {
  const base = { tenantId, malbildId };

  let statementPosition = 0;
  for (const [position, p] of m.perspectives.entries()) {
    const [perspective] = await tx
      .insert(s.perspective)
      .values({ ...base, position, title: p.title, description: p.description })
      .returning({ id: s.perspective.id });
    if (p.statements.length)
      await tx
        .insert(s.statement)
        .values(p.statements.map((text) => ({ ...base, perspectiveId: perspective!.id, position: statementPosition++, text })));
  }
  if (m.statements.length)
    await tx.insert(s.statement).values(m.statements.map((text) => ({ ...base, position: statementPosition++, text })));
  if (m.shifts.length)
    await tx.insert(s.shift).values(m.shifts.map((x, position) => ({ ...base, position, fromText: x.from, toText: x.to })));
  if (m.principles.length)
    await tx.insert(s.principle).values(m.principles.map((text, position) => ({ ...base, position, text })));
  if (m.journey.length)
    await tx.insert(s.journeyStage).values(m.journey.map((title, position) => ({ ...base, position, title })));
  if (m.faq.length)
    await tx.insert(s.faqEntry).values(m.faq.map((f, position) => ({ ...base, position, question: f.question, answer: f.answer })));
}

async function ensureCoordinator(
  db: Database,
  tenantId: string,
  coordinator: SeedProgramme["coordinator"],
  passwordHash: string,
): Promise<boolean> {
  const inserted = await withoutTenant(db, (tx) =>
    tx
      .insert(s.appUser)
      .values({ email: coordinator.email, name: coordinator.name, passwordHash })
      .onConflictDoNothing({ target: s.appUser.email })
      .returning({ id: s.appUser.id }),
  );
  const [user] = await withoutTenant(db, (tx) =>
    tx.select({ id: s.appUser.id }).from(s.appUser).where(eq(s.appUser.email, coordinator.email)),
  );
  if (!user) throw new Error(`Seed: user ${coordinator.email} missing after insert`);
  await withTenant(db, tenantId, async (tx) => {
    const has = await tx
      .select({ role: s.membership.role })
      .from(s.membership)
      .where(and(eq(s.membership.tenantId, tenantId), eq(s.membership.userId, user.id)));
    if (!has.length) await tx.insert(s.membership).values({ tenantId, userId: user.id, role: "coordinator" });
  });
  return inserted.length > 0;
}
