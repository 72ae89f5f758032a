CREATE TABLE "demand_months" (
	"model_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"bucket" date NOT NULL,
	"shard" smallint DEFAULT 0 NOT NULL,
	"activity" integer DEFAULT 0 NOT NULL,
	"issued" integer DEFAULT 0 NOT NULL,
	"written_off" integer DEFAULT 0 NOT NULL,
	"deployed" integer DEFAULT 0 NOT NULL,
	"returned" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "demand_months_model_id_location_id_bucket_shard_pk" PRIMARY KEY("model_id","location_id","bucket","shard")
);
--> statement-breakpoint
CREATE TABLE "demand_weeks" (
	"model_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"bucket" date NOT NULL,
	"shard" smallint DEFAULT 0 NOT NULL,
	"activity" integer DEFAULT 0 NOT NULL,
	"issued" integer DEFAULT 0 NOT NULL,
	"written_off" integer DEFAULT 0 NOT NULL,
	"deployed" integer DEFAULT 0 NOT NULL,
	"returned" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "demand_weeks_model_id_location_id_bucket_shard_pk" PRIMARY KEY("model_id","location_id","bucket","shard")
);
--> statement-breakpoint
-- Demand per model, location and month or week, kept by statement triggers beside the ledger and the
-- asset events, exactly as planning used to aggregate them (see planning-repository.ts): stock issues,
-- write-offs (loss, damage) and returns from stock_movements; check-outs from stock (deployments)
-- and check-ins into stock of individually tracked assets from asset_events, under the asset's
-- current model. `activity` counts the rows behind a bucket: a bucket with activity is where a
-- pair's history starts, even at zero demand. Rows are written in key order so that concurrent
-- statements cannot deadlock; asset events use a random shard of 16 (as asset_counts does).
CREATE OR REPLACE FUNCTION demand_after_movement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH d AS (
    SELECT model_id, location_id, occurred_at AT TIME ZONE 'UTC' AS t,
           CASE WHEN kind = 'issue' THEN -quantity ELSE 0 END AS issued,
           CASE WHEN kind IN ('loss', 'damage') THEN -quantity ELSE 0 END AS written_off,
           CASE WHEN kind = 'return' THEN quantity ELSE 0 END AS returned
    FROM new_rows
  ), months AS (
    INSERT INTO demand_months (model_id, location_id, bucket, shard, activity, issued, written_off, deployed, returned)
    SELECT model_id, location_id, date_trunc('month', t)::date, 0, count(*)::int, sum(issued)::int,
           sum(written_off)::int, 0, sum(returned)::int
    FROM d GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (model_id, location_id, bucket, shard) DO UPDATE SET
      activity = demand_months.activity + excluded.activity, issued = demand_months.issued + excluded.issued,
      written_off = demand_months.written_off + excluded.written_off,
      returned = demand_months.returned + excluded.returned
  )
  INSERT INTO demand_weeks (model_id, location_id, bucket, shard, activity, issued, written_off, deployed, returned)
  SELECT model_id, location_id, date_trunc('week', t)::date, 0, count(*)::int, sum(issued)::int,
         sum(written_off)::int, 0, sum(returned)::int
  FROM d GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (model_id, location_id, bucket, shard) DO UPDATE SET
    activity = demand_weeks.activity + excluded.activity, issued = demand_weeks.issued + excluded.issued,
    written_off = demand_weeks.written_off + excluded.written_off,
    returned = demand_weeks.returned + excluded.returned;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER stock_movements_demand AFTER INSERT ON stock_movements
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION demand_after_movement();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION demand_after_asset_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s smallint := floor(random() * 16)::smallint;
BEGIN
  WITH d AS (
    SELECT a.model_id, CASE WHEN e.action = 'check_out' THEN e.location_from ELSE e.location_to END AS location_id,
           e.occurred_at AT TIME ZONE 'UTC' AS t,
           CASE WHEN e.action = 'check_out' THEN 1 ELSE 0 END AS deployed,
           CASE WHEN e.action = 'check_in' THEN 1 ELSE 0 END AS returned
    FROM new_rows e JOIN assets a ON a.id = e.asset_id
    WHERE (e.action = 'check_out' AND e.status_from = 'in_stock' AND e.location_from IS NOT NULL)
       OR (e.action IN ('check_in', 'received', 'created', 'move') AND e.status_to = 'in_stock' AND e.location_to IS NOT NULL)
  ), months AS (
    INSERT INTO demand_months (model_id, location_id, bucket, shard, activity, issued, written_off, deployed, returned)
    SELECT model_id, location_id, date_trunc('month', t)::date, s, count(*)::int, 0, 0, sum(deployed)::int, sum(returned)::int
    FROM d GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (model_id, location_id, bucket, shard) DO UPDATE SET
      activity = demand_months.activity + excluded.activity, deployed = demand_months.deployed + excluded.deployed,
      returned = demand_months.returned + excluded.returned
  )
  INSERT INTO demand_weeks (model_id, location_id, bucket, shard, activity, issued, written_off, deployed, returned)
  SELECT model_id, location_id, date_trunc('week', t)::date, s, count(*)::int, 0, 0, sum(deployed)::int, sum(returned)::int
  FROM d GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (model_id, location_id, bucket, shard) DO UPDATE SET
    activity = demand_weeks.activity + excluded.activity, deployed = demand_weeks.deployed + excluded.deployed,
    returned = demand_weeks.returned + excluded.returned;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER asset_events_demand AFTER INSERT ON asset_events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION demand_after_asset_event();
--> statement-breakpoint
-- An asset whose model is corrected takes its past deployments and check-ins to the new model.
CREATE OR REPLACE FUNCTION demand_after_asset_model_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s smallint := floor(random() * 16)::smallint;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.model_id <> n.model_id) THEN
    RETURN NULL;
  END IF;
  WITH changed AS (
    SELECT n.id, o.model_id AS old_model, n.model_id AS new_model
    FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.model_id <> n.model_id
  ), e AS (
    SELECT c.old_model, c.new_model,
           CASE WHEN e.action = 'check_out' THEN e.location_from ELSE e.location_to END AS location_id,
           e.occurred_at AT TIME ZONE 'UTC' AS t,
           CASE WHEN e.action = 'check_out' THEN 1 ELSE 0 END AS deployed,
           CASE WHEN e.action = 'check_in' THEN 1 ELSE 0 END AS returned
    FROM asset_events e JOIN changed c ON c.id = e.asset_id
    WHERE (e.action = 'check_out' AND e.status_from = 'in_stock' AND e.location_from IS NOT NULL)
       OR (e.action IN ('check_in', 'received', 'created', 'move') AND e.status_to = 'in_stock' AND e.location_to IS NOT NULL)
  ), d AS (
    SELECT old_model AS model_id, location_id, t, -1 AS n, -deployed AS deployed, -returned AS returned FROM e
    UNION ALL
    SELECT new_model, location_id, t, 1, deployed, returned FROM e
  ), months AS (
    INSERT INTO demand_months (model_id, location_id, bucket, shard, activity, issued, written_off, deployed, returned)
    SELECT model_id, location_id, date_trunc('month', t)::date, s, sum(n)::int, 0, 0, sum(deployed)::int, sum(returned)::int
    FROM d GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (model_id, location_id, bucket, shard) DO UPDATE SET
      activity = demand_months.activity + excluded.activity, deployed = demand_months.deployed + excluded.deployed,
      returned = demand_months.returned + excluded.returned
  )
  INSERT INTO demand_weeks (model_id, location_id, bucket, shard, activity, issued, written_off, deployed, returned)
  SELECT model_id, location_id, date_trunc('week', t)::date, s, sum(n)::int, 0, 0, sum(deployed)::int, sum(returned)::int
  FROM d GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (model_id, location_id, bucket, shard) DO UPDATE SET
    activity = demand_weeks.activity + excluded.activity, deployed = demand_weeks.deployed + excluded.deployed,
    returned = demand_weeks.returned + excluded.returned;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER assets_demand_model AFTER UPDATE ON assets
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION demand_after_asset_model_change();
--> statement-breakpoint
-- Backfill from the ledger and the events already written.
INSERT INTO demand_months (model_id, location_id, bucket, shard, activity, issued, written_off, deployed, returned)
SELECT model_id, location_id, date_trunc('month', occurred_at AT TIME ZONE 'UTC')::date, 0, count(*)::int,
       sum(CASE WHEN kind = 'issue' THEN -quantity ELSE 0 END)::int,
       sum(CASE WHEN kind IN ('loss', 'damage') THEN -quantity ELSE 0 END)::int, 0,
       sum(CASE WHEN kind = 'return' THEN quantity ELSE 0 END)::int
FROM stock_movements GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO demand_weeks (model_id, location_id, bucket, shard, activity, issued, written_off, deployed, returned)
SELECT model_id, location_id, date_trunc('week', occurred_at AT TIME ZONE 'UTC')::date, 0, count(*)::int,
       sum(CASE WHEN kind = 'issue' THEN -quantity ELSE 0 END)::int,
       sum(CASE WHEN kind IN ('loss', 'damage') THEN -quantity ELSE 0 END)::int, 0,
       sum(CASE WHEN kind = 'return' THEN quantity ELSE 0 END)::int
FROM stock_movements GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO demand_months (model_id, location_id, bucket, shard, activity, issued, written_off, deployed, returned)
SELECT a.model_id, CASE WHEN e.action = 'check_out' THEN e.location_from ELSE e.location_to END,
       date_trunc('month', e.occurred_at AT TIME ZONE 'UTC')::date, 1, count(*)::int, 0, 0,
       sum(CASE WHEN e.action = 'check_out' THEN 1 ELSE 0 END)::int, sum(CASE WHEN e.action = 'check_in' THEN 1 ELSE 0 END)::int
FROM asset_events e JOIN assets a ON a.id = e.asset_id
WHERE (e.action = 'check_out' AND e.status_from = 'in_stock' AND e.location_from IS NOT NULL)
   OR (e.action IN ('check_in', 'received', 'created', 'move') AND e.status_to = 'in_stock' AND e.location_to IS NOT NULL)
GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO demand_weeks (model_id, location_id, bucket, shard, activity, issued, written_off, deployed, returned)
SELECT a.model_id, CASE WHEN e.action = 'check_out' THEN e.location_from ELSE e.location_to END,
       date_trunc('week', e.occurred_at AT TIME ZONE 'UTC')::date, 1, count(*)::int, 0, 0,
       sum(CASE WHEN e.action = 'check_out' THEN 1 ELSE 0 END)::int, sum(CASE WHEN e.action = 'check_in' THEN 1 ELSE 0 END)::int
FROM asset_events e JOIN assets a ON a.id = e.asset_id
WHERE (e.action = 'check_out' AND e.status_from = 'in_stock' AND e.location_from IS NOT NULL)
   OR (e.action IN ('check_in', 'received', 'created', 'move') AND e.status_to = 'in_stock' AND e.location_to IS NOT NULL)
GROUP BY 1, 2, 3;
