-- The audit log is read newest first (at desc, id desc); see schema/audit.ts.
DROP INDEX "audit_log_tenant_at_idx";--> statement-breakpoint
CREATE INDEX "audit_log_tenant_at_idx" ON "audit_log" USING btree ("tenant_id","at","id");