CREATE TYPE "public"."adoption_status" AS ENUM('not_started', 'in_preparation', 'adopted', 'declined');--> statement-breakpoint
CREATE TABLE "adoption_decision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"malbild_id" uuid,
	"status" "adoption_status" NOT NULL,
	"deciding_body" text,
	"decided_on" date,
	"reference" text,
	"link" text,
	"note" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "adoption_decision" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "member_organisation" ADD CONSTRAINT "member_organisation_tenant_id_key" UNIQUE("tenant_id","id");--> statement-breakpoint
ALTER TABLE "malbild" ADD CONSTRAINT "malbild_tenant_id_key" UNIQUE("tenant_id","id");--> statement-breakpoint
ALTER TABLE "adoption_decision" ADD CONSTRAINT "adoption_decision_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoption_decision" ADD CONSTRAINT "adoption_decision_member_fk" FOREIGN KEY ("tenant_id","member_id") REFERENCES "public"."member_organisation"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adoption_decision" ADD CONSTRAINT "adoption_decision_malbild_fk" FOREIGN KEY ("tenant_id","malbild_id") REFERENCES "public"."malbild"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adoption_decision_tenant_member_idx" ON "adoption_decision" USING btree ("tenant_id","member_id","decided_on");--> statement-breakpoint
CREATE INDEX "adoption_decision_tenant_day_idx" ON "adoption_decision" USING btree ("tenant_id","decided_on");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "adoption_decision" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
SELECT naravard_secure_tenant_table('adoption_decision');
