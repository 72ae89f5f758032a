CREATE TABLE "asset_counts" (
	"model_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"status" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "asset_counts_model_id_location_id_status_pk" PRIMARY KEY("model_id","location_id","status")
);
--> statement-breakpoint
CREATE TABLE "asset_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"asset_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"source" text NOT NULL,
	"status_from" text,
	"status_to" text,
	"location_from" uuid,
	"location_to" uuid,
	"assignee_from" jsonb,
	"assignee_to" jsonb,
	"request_reference" text,
	"notes" text,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "assets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tag" text NOT NULL,
	"serial" text,
	"model_id" uuid NOT NULL,
	"manufacturer_id" uuid,
	"category_id" uuid NOT NULL,
	"name" text,
	"status" text NOT NULL,
	"location_id" uuid,
	"assigned_person_id" uuid,
	"assigned_location_id" uuid,
	"assigned_asset_id" uuid,
	"request_reference" text,
	"expected_return_date" date,
	"supplier_id" uuid,
	"order_reference" text,
	"purchase_date" date,
	"purchase_cost" numeric(14, 2),
	"currency" text,
	"warranty_end" date,
	"custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assets_one_assignee" CHECK (num_nonnulls("assets"."assigned_person_id", "assets"."assigned_location_id", "assets"."assigned_asset_id") <= 1)
);
--> statement-breakpoint
CREATE TABLE "categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"notes" text,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "custom_field_definitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category_id" uuid NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"type" text NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"unique" boolean DEFAULT false NOT NULL,
	"options" jsonb,
	"help_text" text,
	"position" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "departments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"code" text,
	"cost_centre" text,
	"manager_id" uuid,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "manufacturers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"website" text,
	"support_url" text,
	"support_email" text,
	"support_phone" text,
	"notes" text,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_gtins" (
	"gtin" text PRIMARY KEY NOT NULL,
	"model_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"category_id" uuid NOT NULL,
	"manufacturer_id" uuid,
	"name" text NOT NULL,
	"model_number" text,
	"tracking" text NOT NULL,
	"expected_life_months" integer,
	"default_unit_cost" numeric(14, 2),
	"currency" text,
	"min_stock" integer,
	"image_url" text,
	"notes" text,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employee_number" text,
	"name" text NOT NULL,
	"email" text,
	"job_title" text,
	"department_id" uuid,
	"cost_centre" text,
	"manager_id" uuid,
	"location_id" uuid,
	"remote" boolean DEFAULT false NOT NULL,
	"start_date" date,
	"end_date" date,
	"status" text DEFAULT 'active' NOT NULL,
	"user_id" uuid,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "suppliers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"contact_name" text,
	"email" text,
	"phone" text,
	"website" text,
	"account_number" text,
	"default_lead_time_days" integer,
	"address" text,
	"notes" text,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "manager_person_id" uuid;--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "notes" text;--> statement-breakpoint
ALTER TABLE "asset_events" ADD CONSTRAINT "asset_events_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_manufacturer_id_manufacturers_id_fk" FOREIGN KEY ("manufacturer_id") REFERENCES "public"."manufacturers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_assigned_person_id_people_id_fk" FOREIGN KEY ("assigned_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_assigned_location_id_locations_id_fk" FOREIGN KEY ("assigned_location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custom_field_definitions" ADD CONSTRAINT "custom_field_definitions_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_gtins" ADD CONSTRAINT "model_gtins_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "models" ADD CONSTRAINT "models_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "models" ADD CONSTRAINT "models_manufacturer_id_manufacturers_id_fk" FOREIGN KEY ("manufacturer_id") REFERENCES "public"."manufacturers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "asset_counts_location_idx" ON "asset_counts" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "asset_events_asset_idx" ON "asset_events" USING btree ("asset_id","id");--> statement-breakpoint
CREATE INDEX "asset_events_person_to_idx" ON "asset_events" USING btree (("assignee_to" ->> 'id')) WHERE "asset_events"."assignee_to" is not null;--> statement-breakpoint
CREATE INDEX "asset_events_occurred_idx" ON "asset_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "assets_tag_key" ON "assets" USING btree (lower("tag"));--> statement-breakpoint
CREATE UNIQUE INDEX "assets_serial_key" ON "assets" USING btree (coalesce("manufacturer_id", '00000000-0000-0000-0000-000000000000'::uuid),lower("serial")) WHERE "assets"."serial" is not null;--> statement-breakpoint
CREATE INDEX "assets_serial_idx" ON "assets" USING btree (lower("serial"));--> statement-breakpoint
CREATE INDEX "assets_model_idx" ON "assets" USING btree ("model_id","status");--> statement-breakpoint
CREATE INDEX "assets_location_idx" ON "assets" USING btree ("location_id","status");--> statement-breakpoint
CREATE INDEX "assets_status_idx" ON "assets" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "assets_person_idx" ON "assets" USING btree ("assigned_person_id") WHERE "assets"."assigned_person_id" is not null;--> statement-breakpoint
CREATE INDEX "assets_parent_idx" ON "assets" USING btree ("assigned_asset_id") WHERE "assets"."assigned_asset_id" is not null;--> statement-breakpoint
CREATE INDEX "assets_category_idx" ON "assets" USING btree ("category_id","id");--> statement-breakpoint
CREATE INDEX "assets_supplier_idx" ON "assets" USING btree ("supplier_id");--> statement-breakpoint
CREATE INDEX "assets_purchase_date_idx" ON "assets" USING btree ("purchase_date");--> statement-breakpoint
CREATE INDEX "assets_warranty_idx" ON "assets" USING btree ("warranty_end");--> statement-breakpoint
CREATE INDEX "assets_custom_fields_idx" ON "assets" USING gin ("custom_fields" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "assets_search_trgm" ON "assets" USING gin (lower("tag" || ' ' || coalesce("serial", '') || ' ' || coalesce("name", '') || ' ' || coalesce("notes", '')) gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "categories_name_key" ON "categories" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "custom_field_definitions_key" ON "custom_field_definitions" USING btree ("category_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "departments_name_key" ON "departments" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "manufacturers_name_key" ON "manufacturers" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "models_name_key" ON "models" USING btree (coalesce("manufacturer_id", '00000000-0000-0000-0000-000000000000'::uuid),lower("name"));--> statement-breakpoint
CREATE INDEX "models_category_idx" ON "models" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "models_manufacturer_idx" ON "models" USING btree ("manufacturer_id");--> statement-breakpoint
CREATE INDEX "models_name_trgm" ON "models" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "people_employee_number_key" ON "people" USING btree (lower("employee_number")) WHERE "people"."employee_number" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "people_email_key" ON "people" USING btree (lower("email")) WHERE "people"."email" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "people_user_key" ON "people" USING btree ("user_id") WHERE "people"."user_id" is not null;--> statement-breakpoint
CREATE INDEX "people_department_idx" ON "people" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "people_location_idx" ON "people" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "people_name_trgm" ON "people" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "suppliers_name_key" ON "suppliers" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "locations_search_trgm" ON "locations" USING gin (lower("name" || ' ' || "code") gin_trgm_ops);