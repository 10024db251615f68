CREATE TYPE "public"."article_kind" AS ENUM('news', 'good_example');--> statement-breakpoint
CREATE TYPE "public"."event_kind" AS ENUM('focus_week', 'workshop', 'seminar', 'dialogue_meeting');--> statement-breakpoint
CREATE TYPE "public"."event_scope" AS ENUM('regional', 'local');--> statement-breakpoint
CREATE TYPE "public"."input_status" AS ENUM('pending', 'published', 'rejected');--> statement-breakpoint
CREATE TABLE "article" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" "article_kind" NOT NULL,
	"title" text NOT NULL,
	"lead" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"published_on" date,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "article_tenant_id_key" UNIQUE("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "article" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "article_member" (
	"tenant_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	CONSTRAINT "article_member_tenant_id_article_id_member_id_pk" PRIMARY KEY("tenant_id","article_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "article_member" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "contact" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"name" text NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"organisation" text DEFAULT '' NOT NULL,
	"email" text,
	"phone" text
);
--> statement-breakpoint
ALTER TABLE "contact" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"parent_id" uuid,
	"kind" "event_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"scope" "event_scope" DEFAULT 'regional' NOT NULL,
	"audiences" "audience"[] DEFAULT '{}' NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"year" integer,
	"place" text DEFAULT '' NOT NULL,
	"online_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_tenant_id_key" UNIQUE("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "event" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "event_material" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"file_name" text,
	"mime_type" text,
	"size" integer,
	"content" "bytea",
	"missing" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "event_material" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "input_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"text" text NOT NULL,
	"name" text,
	"email" text,
	"source_hash" text,
	"status" "input_status" DEFAULT 'pending' NOT NULL,
	"reason" text,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"personal_data_erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "input_entry" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "input_question" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"question" text NOT NULL,
	"purpose" text NOT NULL,
	"open" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "input_question_tenant_id_key" UNIQUE("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "input_question" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "page_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"path" text NOT NULL,
	"useful" boolean NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "page_feedback" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "tenant_setting" ADD COLUMN "input_retention_days" integer DEFAULT 365 NOT NULL;--> statement-breakpoint
ALTER TABLE "article" ADD CONSTRAINT "article_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_member" ADD CONSTRAINT "article_member_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_member" ADD CONSTRAINT "article_member_article_fk" FOREIGN KEY ("tenant_id","article_id") REFERENCES "public"."article"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_member" ADD CONSTRAINT "article_member_member_fk" FOREIGN KEY ("tenant_id","member_id") REFERENCES "public"."member_organisation"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact" ADD CONSTRAINT "contact_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event" ADD CONSTRAINT "event_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event" ADD CONSTRAINT "event_parent_fk" FOREIGN KEY ("tenant_id","parent_id") REFERENCES "public"."event"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_material" ADD CONSTRAINT "event_material_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_material" ADD CONSTRAINT "event_material_event_fk" FOREIGN KEY ("tenant_id","event_id") REFERENCES "public"."event"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_entry" ADD CONSTRAINT "input_entry_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_entry" ADD CONSTRAINT "input_entry_moderated_by_app_user_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_entry" ADD CONSTRAINT "input_entry_question_fk" FOREIGN KEY ("tenant_id","question_id") REFERENCES "public"."input_question"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "input_question" ADD CONSTRAINT "input_question_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "page_feedback" ADD CONSTRAINT "page_feedback_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_tenant_kind_published_idx" ON "article" USING btree ("tenant_id","kind","published_on");--> statement-breakpoint
CREATE INDEX "contact_tenant_position_idx" ON "contact" USING btree ("tenant_id","position");--> statement-breakpoint
CREATE INDEX "event_tenant_starts_idx" ON "event" USING btree ("tenant_id","starts_on");--> statement-breakpoint
CREATE INDEX "event_material_tenant_event_idx" ON "event_material" USING btree ("tenant_id","event_id");--> statement-breakpoint
CREATE INDEX "input_entry_tenant_status_idx" ON "input_entry" USING btree ("tenant_id","status","created_at");--> statement-breakpoint
CREATE INDEX "input_entry_tenant_source_idx" ON "input_entry" USING btree ("tenant_id","source_hash","created_at");--> statement-breakpoint
CREATE INDEX "input_question_tenant_idx" ON "input_question" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "page_feedback_tenant_path_idx" ON "page_feedback" USING btree ("tenant_id","path","created_at");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "article" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "article_member" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "contact" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "event" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "event_material" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "input_entry" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "input_question" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "page_feedback" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
SELECT naravard_secure_tenant_table('event');
--> statement-breakpoint
SELECT naravard_secure_tenant_table('event_material');
--> statement-breakpoint
SELECT naravard_secure_tenant_table('article');
--> statement-breakpoint
SELECT naravard_secure_tenant_table('article_member');
--> statement-breakpoint
SELECT naravard_secure_tenant_table('contact');
--> statement-breakpoint
SELECT naravard_secure_tenant_table('input_question');
--> statement-breakpoint
SELECT naravard_secure_tenant_table('input_entry');
--> statement-breakpoint
SELECT naravard_secure_tenant_table('page_feedback');
--> statement-breakpoint
-- The audit trail keeps no file contents and no personal data of the public (which is erased
-- after the retention period): those columns are left out of before/after.
CREATE OR REPLACE FUNCTION naravard_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  hidden text[] := CASE WHEN TG_TABLE_NAME = 'input_entry' THEN ARRAY['content', 'name', 'email', 'source_hash'] ELSE ARRAY['content'] END;
  old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) - hidden END;
  new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) - hidden END;
  any_row jsonb := coalesce(new_row, old_row);
BEGIN
  IF TG_OP = 'UPDATE' AND old_row = new_row THEN
    RETURN NEW;
  END IF;
  INSERT INTO audit_log (tenant_id, actor_user_id, action, entity, entity_id, before, after)
  VALUES ((any_row->>'tenant_id')::uuid,
          nullif(current_setting('app.user_id', true), '')::uuid,
          TG_OP::audit_action,
          TG_TABLE_NAME,
          coalesce(any_row->>'id', any_row->>'user_id'),
          old_row,
          new_row);
  RETURN coalesce(NEW, OLD);
END
$$;
