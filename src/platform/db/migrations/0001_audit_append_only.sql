-- The audit log is append-only: rows may be inserted, and sealed once (seq, prev_hash and hash set
-- from null); any other update, any delete and truncation are refused. Tampering therefore needs
-- to bypass triggers, and the hash chain catches what gets through.
CREATE OR REPLACE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD.seq IS NULL AND NEW.seq IS NOT NULL
       AND NEW.id = OLD.id AND NEW.occurred_at = OLD.occurred_at
       AND NEW.actor_type = OLD.actor_type AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
       AND NEW.actor_label = OLD.actor_label AND NEW.token_id IS NOT DISTINCT FROM OLD.token_id
       AND NEW.source = OLD.source AND NEW.request_id IS NOT DISTINCT FROM OLD.request_id
       AND NEW.entity_type = OLD.entity_type AND NEW.entity_id = OLD.entity_id
       AND NEW.action = OLD.action AND NEW.changes = OLD.changes
       AND NEW.content_mac = OLD.content_mac THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only: entry % cannot be changed', OLD.id
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: entries cannot be deleted'
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_guard();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_guard();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_guard();
