import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { CreateTenantInputSchema, INVITATION_TTL_MS, counties, municipalitiesInCounty } from "@naravard/domain";
import { createInvitation, insertMembers, listTenants, registerTenant, withTenant, withoutTenant } from "@naravard/db";
import { newToken, platformAdminProcedure } from "../trpc.ts";

/** Platform administration: onboarding a new programme needs no code change. */
export const platformRouter = {
  tenants: platformAdminProcedure.query(({ ctx }) => withoutTenant(ctx.db, (tx) => listTenants(tx))),

  /** The county's region and municipalities, to pick members from. */
  county: platformAdminProcedure.input(z.object({ countyCode: z.string().regex(/^\d{2}$/, { error: "Länskoden ska vara två siffror." }) })).query(({ input }) => {
    const county = counties[input.countyCode];
    if (!county) throw new TRPCError({ code: "NOT_FOUND", message: "Länet finns inte." });
    return { ...county, countyCode: input.countyCode, municipalities: municipalitiesInCounty(input.countyCode) };
  }),

  /**
   * Creates the tenant, its members (picked from the county's municipalities, plus the region when
   * the programme is a region's) and an invitation for its first coordinator.
   */
  createTenant: platformAdminProcedure.input(CreateTenantInputSchema).mutation(async ({ ctx, input }) => {
    const county = counties[input.countyCode]!;
    const municipalities = municipalitiesInCounty(input.countyCode).filter((m) => input.memberCodes.includes(m.code));
    const tenantId = await withoutTenant(ctx.db, (tx) =>
      registerTenant(tx, {
        slug: input.slug,
        name: input.name,
        programmeName: input.programmeName,
        kind: input.kind,
        countyCode: input.countyCode,
        description: input.description,
      }),
    );
    if (!tenantId) throw new TRPCError({ code: "CONFLICT", message: `Adressen /${input.slug} används redan av ett annat program.` });
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
    await withTenant(
      ctx.db,
      tenantId,
      async (tx) => {
        const party =
          input.kind === "region"
            ? { kind: "region" as const, officialCode: input.countyCode, name: county.region }
            : { kind: "federation" as const, officialCode: input.slug, name: input.name };
        await insertMembers(tx, tenantId, [party, ...municipalities.map((m) => ({ kind: "municipality" as const, officialCode: m.code, name: m.name }))]);
        await createInvitation(tx, { tenantId, email: input.coordinatorEmail, role: "coordinator", tokenHash: hash, invitedBy: ctx.user.id, expiresAt });
      },
      { userId: ctx.user.id },
    );
    return { tenantId, slug: input.slug, invitationPath: `/${input.slug}/inbjudan/${token}`, members: municipalities.length + 1 };
  }),
} satisfies TRPCRouterRecord;
