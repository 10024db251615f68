CREATE TABLE "rate_limit" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "password_reset" ADD COLUMN "issued_in_tenant_id" uuid;--> statement-breakpoint
ALTER TABLE "password_reset" ADD CONSTRAINT "password_reset_issued_in_tenant_id_tenant_id_fk" FOREIGN KEY ("issued_in_tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Decision 016: a coordinator may change an account (its password, its sessions) only while it
-- belongs to their programme alone. Memberships of other programmes are hidden from the
-- application role by row-level security, so this one narrow function answers the single
-- question, yes or no, without showing which programmes or roles.
CREATE OR REPLACE FUNCTION naravard_account_is_shared(p_user uuid, p_tenant uuid)
RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM app_user WHERE id = p_user AND is_platform_admin)
      OR EXISTS (SELECT 1 FROM membership WHERE user_id = p_user AND tenant_id <> p_tenant)
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION naravard_account_is_shared(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION naravard_account_is_shared(uuid, uuid) TO naravard_app;
