DROP INDEX "roadmap_activity_tenant_status_idx";--> statement-breakpoint
CREATE INDEX "input_entry_published_idx" ON "input_entry" USING btree ("tenant_id","created_at") WHERE "input_entry"."status" = 'published';--> statement-breakpoint
CREATE INDEX "input_entry_pending_idx" ON "input_entry" USING btree ("tenant_id","created_at") WHERE "input_entry"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "roadmap_activity_tenant_status_idx" ON "roadmap_activity" USING btree ("tenant_id","status","progress");