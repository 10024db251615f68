CREATE TYPE "public"."audience" AS ENUM('staff', 'managers', 'leaders', 'politicians', 'citizens');--> statement-breakpoint
CREATE TYPE "public"."strategy_activity_kind" AS ENUM('information', 'dialogue_meeting', 'workshop', 'other');--> statement-breakpoint
CREATE TYPE "public"."strategy_mode" AS ENUM('implement', 'develop');--> statement-breakpoint
CREATE TABLE "strategy" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"mode" "strategy_mode" NOT NULL,
	"focus_area" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"funding_source" text DEFAULT '' NOT NULL,
	"funding_area" text DEFAULT '' NOT NULL,
	"period_start" integer,
	"period_end" integer,
	"commissioned_by" text DEFAULT '' NOT NULL,
	"steering_group" text DEFAULT '' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_tenant_id_key" UNIQUE("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "strategy" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "strategy_activity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"strategy_id" uuid NOT NULL,
	"kind" "strategy_activity_kind" NOT NULL,
	"title" text NOT NULL,
	"audiences" "audience"[] DEFAULT '{}' NOT NULL,
	"status" "activity_status" DEFAULT 'planned' NOT NULL,
	"held_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "strategy_activity" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "strategy_meeting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"strategy_id" uuid NOT NULL,
	"body" text NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"held_on" date,
	"decisions" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "strategy_meeting" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "strategy" ADD CONSTRAINT "strategy_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_activity" ADD CONSTRAINT "strategy_activity_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_activity" ADD CONSTRAINT "strategy_activity_strategy_fk" FOREIGN KEY ("tenant_id","strategy_id") REFERENCES "public"."strategy"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_meeting" ADD CONSTRAINT "strategy_meeting_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_meeting" ADD CONSTRAINT "strategy_meeting_strategy_fk" FOREIGN KEY ("tenant_id","strategy_id") REFERENCES "public"."strategy"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "strategy_tenant_position_idx" ON "strategy" USING btree ("tenant_id","position");--> statement-breakpoint
CREATE INDEX "strategy_activity_tenant_strategy_idx" ON "strategy_activity" USING btree ("tenant_id","strategy_id");--> statement-breakpoint
CREATE INDEX "strategy_meeting_tenant_strategy_idx" ON "strategy_meeting" USING btree ("tenant_id","strategy_id","held_on");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "strategy" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "strategy_activity" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "strategy_meeting" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
SELECT naravard_secure_tenant_table('strategy');
--> statement-breakpoint
SELECT naravard_secure_tenant_table('strategy_activity');
--> statement-breakpoint
SELECT naravard_secure_tenant_table('strategy_meeting');
