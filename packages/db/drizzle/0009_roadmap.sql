CREATE TYPE "public"."activity_status" AS ENUM('planned', 'ongoing', 'done', 'paused');--> statement-breakpoint
CREATE TYPE "public"."malbild_element_kind" AS ENUM('perspective', 'statement', 'shift');--> statement-breakpoint
CREATE TABLE "activity_link" (
	"tenant_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"element_kind" "malbild_element_kind" NOT NULL,
	"element_id" uuid NOT NULL,
	CONSTRAINT "activity_link_tenant_id_activity_id_element_kind_element_id_pk" PRIMARY KEY("tenant_id","activity_id","element_kind","element_id")
);
--> statement-breakpoint
ALTER TABLE "activity_link" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "activity_owner" (
	"tenant_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	CONSTRAINT "activity_owner_tenant_id_activity_id_member_id_pk" PRIMARY KEY("tenant_id","activity_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "activity_owner" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "activity_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" "activity_status" NOT NULL,
	"progress" integer NOT NULL,
	"by_user_id" uuid
);
--> statement-breakpoint
ALTER TABLE "activity_progress" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "roadmap_activity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" "activity_status" DEFAULT 'planned' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"start_month" text,
	"end_month" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roadmap_activity_tenant_id_key" UNIQUE("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "roadmap_activity" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "roadmap_area" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roadmap_area_tenant_id_key" UNIQUE("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "roadmap_area" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "roadmap_milestone" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"area_id" uuid,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "roadmap_milestone" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "activity_link" ADD CONSTRAINT "activity_link_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_link" ADD CONSTRAINT "activity_link_activity_fk" FOREIGN KEY ("tenant_id","activity_id") REFERENCES "public"."roadmap_activity"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_owner" ADD CONSTRAINT "activity_owner_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_owner" ADD CONSTRAINT "activity_owner_activity_fk" FOREIGN KEY ("tenant_id","activity_id") REFERENCES "public"."roadmap_activity"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_owner" ADD CONSTRAINT "activity_owner_member_fk" FOREIGN KEY ("tenant_id","member_id") REFERENCES "public"."member_organisation"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_progress" ADD CONSTRAINT "activity_progress_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_progress" ADD CONSTRAINT "activity_progress_by_user_id_app_user_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_progress" ADD CONSTRAINT "activity_progress_activity_fk" FOREIGN KEY ("tenant_id","activity_id") REFERENCES "public"."roadmap_activity"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_activity" ADD CONSTRAINT "roadmap_activity_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_activity" ADD CONSTRAINT "roadmap_activity_area_fk" FOREIGN KEY ("tenant_id","area_id") REFERENCES "public"."roadmap_area"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_area" ADD CONSTRAINT "roadmap_area_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_milestone" ADD CONSTRAINT "roadmap_milestone_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_milestone" ADD CONSTRAINT "roadmap_milestone_area_fk" FOREIGN KEY ("tenant_id","area_id") REFERENCES "public"."roadmap_area"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_link_tenant_element_idx" ON "activity_link" USING btree ("tenant_id","element_kind","element_id");--> statement-breakpoint
CREATE INDEX "activity_owner_tenant_member_idx" ON "activity_owner" USING btree ("tenant_id","member_id");--> statement-breakpoint
CREATE INDEX "activity_progress_tenant_activity_idx" ON "activity_progress" USING btree ("tenant_id","activity_id","at");--> statement-breakpoint
CREATE INDEX "roadmap_activity_tenant_area_idx" ON "roadmap_activity" USING btree ("tenant_id","area_id","position");--> statement-breakpoint
CREATE INDEX "roadmap_activity_tenant_status_idx" ON "roadmap_activity" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "roadmap_area_tenant_position_idx" ON "roadmap_area" USING btree ("tenant_id","position");--> statement-breakpoint
CREATE INDEX "roadmap_milestone_tenant_due_idx" ON "roadmap_milestone" USING btree ("tenant_id","due_on");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "activity_link" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "activity_owner" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "activity_progress" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "roadmap_activity" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "roadmap_area" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "roadmap_milestone" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
SELECT naravard_secure_tenant_table('roadmap_area');
--> statement-breakpoint
SELECT naravard_secure_tenant_table('roadmap_activity');
--> statement-breakpoint
SELECT naravard_secure_tenant_table('activity_owner');
--> statement-breakpoint
SELECT naravard_secure_tenant_table('activity_link');
--> statement-breakpoint
SELECT naravard_secure_tenant_table('activity_progress');
--> statement-breakpoint
SELECT naravard_secure_tenant_table('roadmap_milestone');
