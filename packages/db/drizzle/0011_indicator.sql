CREATE TYPE "public"."indicator_direction" AS ENUM('increase', 'decrease');--> statement-breakpoint
CREATE TABLE "indicator" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"unit" text NOT NULL,
	"direction" "indicator_direction" DEFAULT 'increase' NOT NULL,
	"baseline_value" double precision,
	"baseline_period" text,
	"target_value" double precision,
	"target_period" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_tenant_id_key" UNIQUE("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "indicator" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "indicator_link" (
	"tenant_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"element_kind" "malbild_element_kind" NOT NULL,
	"element_id" uuid NOT NULL,
	CONSTRAINT "indicator_link_tenant_id_indicator_id_element_kind_element_id_pk" PRIMARY KEY("tenant_id","indicator_id","element_kind","element_id")
);
--> statement-breakpoint
ALTER TABLE "indicator_link" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "indicator_value" (
	"tenant_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_value_tenant_id_indicator_id_member_id_period_pk" PRIMARY KEY("tenant_id","indicator_id","member_id","period")
);
--> statement-breakpoint
ALTER TABLE "indicator_value" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_link" ADD CONSTRAINT "indicator_link_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_link" ADD CONSTRAINT "indicator_link_indicator_fk" FOREIGN KEY ("tenant_id","indicator_id") REFERENCES "public"."indicator"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_indicator_fk" FOREIGN KEY ("tenant_id","indicator_id") REFERENCES "public"."indicator"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_value" ADD CONSTRAINT "indicator_value_member_fk" FOREIGN KEY ("tenant_id","member_id") REFERENCES "public"."member_organisation"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_tenant_code_idx" ON "indicator" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "indicator_value_tenant_member_idx" ON "indicator_value" USING btree ("tenant_id","member_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "indicator" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "indicator_link" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "indicator_value" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
SELECT naravard_secure_tenant_table('indicator');
--> statement-breakpoint
SELECT naravard_secure_tenant_table('indicator_value');
--> statement-breakpoint
SELECT naravard_secure_tenant_table('indicator_link');
