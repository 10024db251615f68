import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { CreateTenantInputSchema, INVITATION_TTL_MS, counties, municipalitiesInCounty } from "@naravard/domain";
import {
  createInvitation,
  insertMembers,
  listTenants,
  pinTenant,
  recordAuditEvent,
  registerTenant,
  withoutTenant,
} from "@naravard/db";
import { newToken, platformAdminProcedure } from "../trpc.ts";

/** Platform administration: onboarding a new programme needs no code change. */
export const platformRouter = {
  tenants: platformAdminProcedure.query(({ ctx }) => withoutTenant(ctx.db, (tx) => listTenants(tx))),

  /** The county's region and municipalities, to pick members from. */
  county: platformAdminProcedure
    .input(z.object({ countyCode: z.string().regex(/^\d{2}$/, { error: "Länskoden ska vara två siffror." }) }))
    .query(({ input }) => {
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
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
    // One transaction: the programme, its members and the invitation exist together or not at all.
    const tenantId = await withoutTenant(
      ctx.db,
      async (tx) => {
        const fields = {
          slug: input.slug,
          name: input.name,
          programmeName: input.programmeName,
          kind: input.kind,
          countyCode: input.countyCode,
          description: input.description,
        };
        const id = await registerTenant(tx, fields);
        if (!id) return null;
        // From here on the new programme's own rows are written, with its tenant pinned.
        await pinTenant(tx, id);
        await recordAuditEvent(tx, [id], {
          actorUserId: ctx.user.id,
          action: "INSERT",
          entity: "tenant",
          entityId: id,
          after: {
            slug: fields.slug,
            name: fields.name,
            programme_name: fields.programmeName,
            kind: fields.kind,
            county_code: fields.countyCode,
            description: fields.description,
          },
        });
        const party =
          input.kind === "region"
            ? { kind: "region" as const, officialCode: input.countyCode, name: county.region }
            : { kind: "federation" as const, officialCode: input.slug, name: input.name };
        await insertMembers(tx, id, [
          party,
          ...municipalities.map((m) => ({ kind: "municipality" as const, officialCode: m.code, name: m.name })),
        ]);
        await createInvitation(tx, {
          tenantId: id,
          email: input.coordinatorEmail,
          role: "coordinator",
          tokenHash: hash,
          invitedBy: ctx.user.id,
          expiresAt,
        });
        return id;
      },
      ctx.user.id,
    );
    if (!tenantId)
      throw new TRPCError({ code: "CONFLICT", message: `Adressen /${input.slug} används redan av ett annat program.` });
    return { tenantId, slug: input.slug, invitationPath: `/${input.slug}/inbjudan/${token}`, members: municipalities.length + 1 };
  }),
} satisfies TRPCRouterRecord;
