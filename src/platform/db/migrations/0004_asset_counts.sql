-- Stock levels answer from asset_counts, kept here in the same transaction as every change to
-- assets, whatever writes them (use cases, imports through COPY). Statement-level triggers with
-- transition tables keep bulk loads set-based: one grouped upsert per statement, not per row.
-- Assets without a location (on order) count under the nil UUID.
CREATE FUNCTION asset_counts_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO asset_counts (model_id, location_id, status, count)
  SELECT model_id, coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid), status, count(*)
  FROM new_rows GROUP BY 1, 2, 3
  ON CONFLICT (model_id, location_id, status) DO UPDATE SET count = asset_counts.count + excluded.count;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION asset_counts_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE asset_counts c SET count = c.count - d.n
  FROM (
    SELECT model_id, coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid) AS location_id, status, count(*) AS n
    FROM old_rows GROUP BY 1, 2, 3
  ) d
  WHERE c.model_id = d.model_id AND c.location_id = d.location_id AND c.status = d.status;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION asset_counts_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH changed AS (
    SELECT o.model_id AS old_model, coalesce(o.location_id, '00000000-0000-0000-0000-000000000000'::uuid) AS old_location, o.status AS old_status,
           n.model_id AS new_model, coalesce(n.location_id, '00000000-0000-0000-0000-000000000000'::uuid) AS new_location, n.status AS new_status
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE o.model_id IS DISTINCT FROM n.model_id OR o.location_id IS DISTINCT FROM n.location_id OR o.status IS DISTINCT FROM n.status
  ), deltas AS (
    SELECT old_model AS model_id, old_location AS location_id, old_status AS status, -count(*) AS delta FROM changed GROUP BY 1, 2, 3
    UNION ALL
    SELECT new_model, new_location, new_status, count(*) FROM changed GROUP BY 1, 2, 3
  )
  INSERT INTO asset_counts (model_id, location_id, status, count)
  SELECT model_id, location_id, status, sum(delta) FROM deltas GROUP BY 1, 2, 3 HAVING sum(delta) <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT (model_id, location_id, status) DO UPDATE SET count = asset_counts.count + excluded.count;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER assets_counts_insert AFTER INSERT ON assets
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION asset_counts_after_insert();
--> statement-breakpoint
CREATE TRIGGER assets_counts_delete AFTER DELETE ON assets
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION asset_counts_after_delete();
--> statement-breakpoint
CREATE TRIGGER assets_counts_update AFTER UPDATE ON assets
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION asset_counts_after_update();
