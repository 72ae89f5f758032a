ALTER TABLE "asset_counts" ADD COLUMN "shard" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "asset_counts" DROP CONSTRAINT "asset_counts_model_id_location_id_status_pk";--> statement-breakpoint
ALTER TABLE "asset_counts" ADD CONSTRAINT "asset_counts_model_id_location_id_status_shard_pk" PRIMARY KEY("model_id","location_id","status","shard");--> statement-breakpoint
-- Each statement's changes land on a random one of 16 shards per key: concurrent check-outs of one
-- model at one stockroom no longer queue on one counter row. Readers sum the shards; a shard may go
-- negative, the sum never does.
CREATE OR REPLACE FUNCTION asset_counts_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s smallint := floor(random() * 16)::smallint;
BEGIN
  INSERT INTO asset_counts (model_id, location_id, status, shard, count)
  SELECT model_id, coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid), status, s, count(*)
  FROM new_rows GROUP BY 1, 2, 3
  ON CONFLICT (model_id, location_id, status, shard) DO UPDATE SET count = asset_counts.count + excluded.count;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION asset_counts_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s smallint := floor(random() * 16)::smallint;
BEGIN
  INSERT INTO asset_counts (model_id, location_id, status, shard, count)
  SELECT model_id, coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid), status, s, -count(*)
  FROM old_rows GROUP BY 1, 2, 3
  ON CONFLICT (model_id, location_id, status, shard) DO UPDATE SET count = asset_counts.count + excluded.count;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION asset_counts_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s smallint := floor(random() * 16)::smallint;
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
  INSERT INTO asset_counts (model_id, location_id, status, shard, count)
  SELECT model_id, location_id, status, s, sum(delta) FROM deltas GROUP BY 1, 2, 3 HAVING sum(delta) <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT (model_id, location_id, status, shard) DO UPDATE SET count = asset_counts.count + excluded.count;
  RETURN NULL;
END;
$$;
