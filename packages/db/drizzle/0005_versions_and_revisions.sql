ALTER TABLE "malbild" ADD COLUMN "version_number" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "malbild" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "statement" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "malbild_one_open_idx" ON "malbild" USING btree ("tenant_id") WHERE status in ('draft', 'consultation');--> statement-breakpoint
CREATE UNIQUE INDEX "malbild_tenant_version_idx" ON "malbild" USING btree ("tenant_id","version_number");