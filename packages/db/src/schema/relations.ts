import { relations } from "drizzle-orm";
import { appUser, membership, session } from "./auth.ts";
import { faqEntry, journeyStage, malbild, perspective, principle, shift, statement } from "./malbild.ts";
import { memberOrganisation, tenant } from "./tenant.ts";

export const tenantRelations = relations(tenant, ({ many }) => ({
  members: many(memberOrganisation),
  malbilder: many(malbild),
}));

export const memberOrganisationRelations = relations(memberOrganisation, ({ one }) => ({
  tenant: one(tenant, { fields: [memberOrganisation.tenantId], references: [tenant.id] }),
}));

export const malbildRelations = relations(malbild, ({ many }) => ({
  perspectives: many(perspective),
  statements: many(statement),
  shifts: many(shift),
  principles: many(principle),
  journey: many(journeyStage),
  faq: many(faqEntry),
}));

export const perspectiveRelations = relations(perspective, ({ one, many }) => ({
  malbild: one(malbild, { fields: [perspective.malbildId], references: [malbild.id] }),
  statements: many(statement),
}));

export const statementRelations = relations(statement, ({ one }) => ({
  malbild: one(malbild, { fields: [statement.malbildId], references: [malbild.id] }),
  perspective: one(perspective, { fields: [statement.perspectiveId], references: [perspective.id] }),
}));

export const shiftRelations = relations(shift, ({ one }) => ({
  malbild: one(malbild, { fields: [shift.malbildId], references: [malbild.id] }),
}));
export const principleRelations = relations(principle, ({ one }) => ({
  malbild: one(malbild, { fields: [principle.malbildId], references: [malbild.id] }),
}));
export const journeyStageRelations = relations(journeyStage, ({ one }) => ({
  malbild: one(malbild, { fields: [journeyStage.malbildId], references: [malbild.id] }),
}));
export const faqEntryRelations = relations(faqEntry, ({ one }) => ({
  malbild: one(malbild, { fields: [faqEntry.malbildId], references: [malbild.id] }),
}));

export const sessionRelations = relations(session, ({ one }) => ({
  user: one(appUser, { fields: [session.userId], references: [appUser.id] }),
}));
export const membershipRelations = relations(membership, ({ one }) => ({
  user: one(appUser, { fields: [membership.userId], references: [appUser.id] }),
  tenant: one(tenant, { fields: [membership.tenantId], references: [tenant.id] }),
}));
