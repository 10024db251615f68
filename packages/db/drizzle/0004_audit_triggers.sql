-- The audit trail: a row trigger on every tenant table writes who/when/what/before/after into
-- audit_log inside the same transaction as the change. The actor is the user pinned by
-- withTenant (app.user_id); NULL for maintenance jobs such as the seed.
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM naravard_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION naravard_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
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
--> statement-breakpoint
-- Every tenant table gets row-level security forced and the audit trigger; migrations that add a
-- tenant table call this function for it (a test checks every table with a tenant_id).
CREATE OR REPLACE FUNCTION naravard_secure_tenant_table(t regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
  IF t <> 'audit_log'::regclass THEN
    EXECUTE format('DROP TRIGGER IF EXISTS audit ON %s', t);
    EXECUTE format('CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION naravard_audit_row()', t);
  END IF;
END
$$;
--> statement-breakpoint
DO $$
DECLARE t record;
BEGIN
  FOR t IN SELECT c.oid::regclass AS rel FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind = 'r'
             AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
  LOOP
    PERFORM naravard_secure_tenant_table(t.rel);
  END LOOP;
END
$$;
