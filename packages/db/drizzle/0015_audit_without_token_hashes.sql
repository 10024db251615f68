-- The audit trail keeps no secret: an invitation's token hash is left out of before/after like file
-- contents and the public's personal data, and the entries already written lose it too (those the
-- migrating role may change). Writes to global rows (passwords, sessions, reset links) are recorded
-- by the API as facts, never hashes.
CREATE OR REPLACE FUNCTION naravard_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  hidden text[] := CASE WHEN TG_TABLE_NAME = 'input_entry' THEN ARRAY['content', 'name', 'email', 'source_hash'] ELSE ARRAY['content', 'token_hash'] END;
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
--> statement-breakpoint
UPDATE audit_log SET before = before - 'token_hash', after = after - 'token_hash' WHERE before ? 'token_hash' OR after ? 'token_hash';
