CREATE TABLE "asset_rollup_counts" (
	"location_id" uuid NOT NULL,
	"model_id" uuid NOT NULL,
	"status" text NOT NULL,
	"shard" smallint DEFAULT 0 NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "asset_rollup_counts_location_id_model_id_status_shard_pk" PRIMARY KEY("location_id","model_id","status","shard")
);
--> statement-breakpoint
DROP INDEX "assets_person_idx";--> statement-breakpoint
DROP INDEX "assets_category_idx";--> statement-breakpoint
CREATE INDEX "assets_model_tag_idx" ON "assets" USING btree ("model_id",lower("tag"),"id");--> statement-breakpoint
CREATE INDEX "assets_person_idx" ON "assets" USING btree ("assigned_person_id",lower("tag"),"id") WHERE "assets"."assigned_person_id" is not null;--> statement-breakpoint
CREATE INDEX "assets_category_idx" ON "assets" USING btree ("category_id","status","id");--> statement-breakpoint
-- The triggers keep asset_rollup_counts beside asset_counts, in the same statement: each change is
-- added under every ancestor of its location (itself included, from its path '/<root>/.../<id>/')
-- and under ffffffff-ffff-ffff-ffff-ffffffffffff for the whole organisation, where assets without a
-- location (on order) count alone. Rows are written in key order so that concurrent statements
-- cannot deadlock.
CREATE OR REPLACE FUNCTION asset_counts_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s smallint := floor(random() * 16)::smallint;
BEGIN
  WITH deltas AS (
    SELECT model_id, location_id, status, count(*)::int AS delta FROM new_rows GROUP BY 1, 2, 3
  ), direct AS (
    INSERT INTO asset_counts (model_id, location_id, status, shard, count)
    SELECT model_id, coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid), status, s, delta
    FROM deltas ORDER BY 1, 2, 3
    ON CONFLICT (model_id, location_id, status, shard) DO UPDATE SET count = asset_counts.count + excluded.count
  )
  INSERT INTO asset_rollup_counts (location_id, model_id, status, shard, count)
  SELECT x.ancestor, d.model_id, d.status, s, sum(d.delta)
  FROM deltas d
  LEFT JOIN locations l ON l.id = d.location_id
  CROSS JOIN LATERAL unnest(coalesce(string_to_array(trim(both '/' from l.path), '/')::uuid[], '{}'::uuid[])
    || 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid) AS x(ancestor)
  GROUP BY 1, 2, 3 HAVING sum(d.delta) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT (location_id, model_id, status, shard) DO UPDATE SET count = asset_rollup_counts.count + excluded.count;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION asset_counts_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s smallint := floor(random() * 16)::smallint;
BEGIN
  WITH deltas AS (
    SELECT model_id, location_id, status, -count(*)::int AS delta FROM old_rows GROUP BY 1, 2, 3
  ), direct AS (
    INSERT INTO asset_counts (model_id, location_id, status, shard, count)
    SELECT model_id, coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid), status, s, delta
    FROM deltas ORDER BY 1, 2, 3
    ON CONFLICT (model_id, location_id, status, shard) DO UPDATE SET count = asset_counts.count + excluded.count
  )
  INSERT INTO asset_rollup_counts (location_id, model_id, status, shard, count)
  SELECT x.ancestor, d.model_id, d.status, s, sum(d.delta)
  FROM deltas d
  LEFT JOIN locations l ON l.id = d.location_id
  CROSS JOIN LATERAL unnest(coalesce(string_to_array(trim(both '/' from l.path), '/')::uuid[], '{}'::uuid[])
    || 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid) AS x(ancestor)
  GROUP BY 1, 2, 3 HAVING sum(d.delta) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT (location_id, model_id, status, shard) DO UPDATE SET count = asset_rollup_counts.count + excluded.count;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION asset_counts_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s smallint := floor(random() * 16)::smallint;
BEGIN
  WITH changed AS (
    SELECT o.model_id AS old_model, o.location_id AS old_location, o.status AS old_status,
           n.model_id AS new_model, n.location_id AS new_location, n.status AS new_status
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE o.model_id IS DISTINCT FROM n.model_id OR o.location_id IS DISTINCT FROM n.location_id OR o.status IS DISTINCT FROM n.status
  ), deltas AS (
    SELECT old_model AS model_id, old_location AS location_id, old_status AS status, -count(*)::int AS delta FROM changed GROUP BY 1, 2, 3
    UNION ALL
    SELECT new_model, new_location, new_status, count(*)::int FROM changed GROUP BY 1, 2, 3
  ), direct AS (
    INSERT INTO asset_counts (model_id, location_id, status, shard, count)
    SELECT model_id, coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid), status, s, sum(delta)
    FROM deltas GROUP BY 1, 2, 3 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (model_id, location_id, status, shard) DO UPDATE SET count = asset_counts.count + excluded.count
  )
  INSERT INTO asset_rollup_counts (location_id, model_id, status, shard, count)
  SELECT x.ancestor, d.model_id, d.status, s, sum(d.delta)
  FROM deltas d
  LEFT JOIN locations l ON l.id = d.location_id
  CROSS JOIN LATERAL unnest(coalesce(string_to_array(trim(both '/' from l.path), '/')::uuid[], '{}'::uuid[])
    || 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid) AS x(ancestor)
  GROUP BY 1, 2, 3 HAVING sum(d.delta) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT (location_id, model_id, status, shard) DO UPDATE SET count = asset_rollup_counts.count + excluded.count;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- The counts so far, rolled up once.
INSERT INTO asset_rollup_counts (location_id, model_id, status, shard, count)
SELECT x.ancestor, c.model_id, c.status, 0, sum(c.count)
FROM asset_counts c
LEFT JOIN locations l ON l.id = c.location_id
CROSS JOIN LATERAL unnest(coalesce(string_to_array(trim(both '/' from l.path), '/')::uuid[], '{}'::uuid[])
  || 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid) AS x(ancestor)
GROUP BY 1, 2, 3 HAVING sum(c.count) <> 0;
