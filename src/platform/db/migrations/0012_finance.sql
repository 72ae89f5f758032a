CREATE TABLE "asset_depreciation_overrides" (
	"asset_id" uuid NOT NULL,
	"book_id" uuid NOT NULL,
	"profile_id" uuid NOT NULL,
	CONSTRAINT "asset_depreciation_overrides_asset_id_book_id_pk" PRIMARY KEY("asset_id","book_id")
);
--> statement-breakpoint
CREATE TABLE "asset_disposals" (
	"asset_id" uuid NOT NULL,
	"book_id" uuid NOT NULL,
	"disposed_on" date NOT NULL,
	"cost" numeric(14, 2) NOT NULL,
	"accumulated" numeric(14, 2) NOT NULL,
	"book_value" numeric(14, 2) NOT NULL,
	"proceeds" numeric(14, 2) NOT NULL,
	"gain_loss" numeric(14, 2) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "asset_disposals_asset_id_book_id_pk" PRIMARY KEY("asset_id","book_id")
);
--> statement-breakpoint
CREATE TABLE "depreciation_books" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"is_default" boolean DEFAULT false NOT NULL,
	"fallback_profile_id" uuid,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "depreciation_defaults" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"book_id" uuid NOT NULL,
	"category_id" uuid,
	"model_id" uuid,
	"profile_id" uuid NOT NULL,
	CONSTRAINT "depreciation_defaults_one_target" CHECK (num_nonnulls("depreciation_defaults"."category_id", "depreciation_defaults"."model_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "depreciation_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"book_id" uuid NOT NULL,
	"name" text NOT NULL,
	"method" text NOT NULL,
	"life_months" integer,
	"salvage_percent" numeric(7, 4),
	"salvage_amount" numeric(14, 2),
	"convention" text,
	"declining_factor" numeric(6, 4),
	"rate" text,
	"switch_to_straight_line" boolean DEFAULT false NOT NULL,
	"end_of_life" text,
	"macrs_class" integer,
	"macrs_convention" text,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "depreciation_profiles_one_salvage" CHECK (num_nonnulls("depreciation_profiles"."salvage_percent", "depreciation_profiles"."salvage_amount") <= 1)
);
--> statement-breakpoint
ALTER TABLE "asset_depreciation_overrides" ADD CONSTRAINT "asset_depreciation_overrides_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_depreciation_overrides" ADD CONSTRAINT "asset_depreciation_overrides_book_id_depreciation_books_id_fk" FOREIGN KEY ("book_id") REFERENCES "public"."depreciation_books"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_depreciation_overrides" ADD CONSTRAINT "asset_depreciation_overrides_profile_id_depreciation_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."depreciation_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_disposals" ADD CONSTRAINT "asset_disposals_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_disposals" ADD CONSTRAINT "asset_disposals_book_id_depreciation_books_id_fk" FOREIGN KEY ("book_id") REFERENCES "public"."depreciation_books"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "depreciation_defaults" ADD CONSTRAINT "depreciation_defaults_book_id_depreciation_books_id_fk" FOREIGN KEY ("book_id") REFERENCES "public"."depreciation_books"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "depreciation_defaults" ADD CONSTRAINT "depreciation_defaults_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "depreciation_defaults" ADD CONSTRAINT "depreciation_defaults_model_id_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "depreciation_defaults" ADD CONSTRAINT "depreciation_defaults_profile_id_depreciation_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."depreciation_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "depreciation_profiles" ADD CONSTRAINT "depreciation_profiles_book_id_depreciation_books_id_fk" FOREIGN KEY ("book_id") REFERENCES "public"."depreciation_books"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "asset_depreciation_overrides_profile_idx" ON "asset_depreciation_overrides" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "asset_disposals_date_idx" ON "asset_disposals" USING btree ("disposed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "depreciation_books_code_key" ON "depreciation_books" USING btree (lower("code"));--> statement-breakpoint
CREATE UNIQUE INDEX "depreciation_books_one_default" ON "depreciation_books" USING btree ("is_default") WHERE "depreciation_books"."is_default";--> statement-breakpoint
CREATE UNIQUE INDEX "depreciation_defaults_category_key" ON "depreciation_defaults" USING btree ("book_id","category_id") WHERE "depreciation_defaults"."category_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "depreciation_defaults_model_key" ON "depreciation_defaults" USING btree ("book_id","model_id") WHERE "depreciation_defaults"."model_id" is not null;--> statement-breakpoint
CREATE INDEX "depreciation_defaults_profile_idx" ON "depreciation_defaults" USING btree ("profile_id");--> statement-breakpoint
CREATE UNIQUE INDEX "depreciation_profiles_name_key" ON "depreciation_profiles" USING btree ("book_id",lower("name"));
--> statement-breakpoint
-- Two books to start with: "financial" (the default: straight line over 3 years, full first month)
-- and "tax" (MACRS GDS 5-year property, half-year convention: computers and peripherals).
INSERT INTO "depreciation_books" ("id", "code", "name", "description", "is_default") VALUES
	('00000000-0000-4000-8000-00000000f001', 'financial', 'Financial', 'The books of account.', true),
	('00000000-0000-4000-8000-00000000f002', 'tax', 'Tax', 'US federal tax: MACRS GDS.', false);
--> statement-breakpoint
INSERT INTO "depreciation_profiles" ("id", "book_id", "name", "method", "life_months", "convention", "macrs_class", "macrs_convention") VALUES
	('00000000-0000-4000-8000-00000000f101', '00000000-0000-4000-8000-00000000f001', 'Straight line, 3 years', 'straight_line', 36, 'full_month', NULL, NULL),
	('00000000-0000-4000-8000-00000000f102', '00000000-0000-4000-8000-00000000f002', 'MACRS 5-year, half-year', 'macrs_gds', NULL, NULL, 5, 'half_year');
--> statement-breakpoint
UPDATE "depreciation_books" SET "fallback_profile_id" = '00000000-0000-4000-8000-00000000f101' WHERE "id" = '00000000-0000-4000-8000-00000000f001';
--> statement-breakpoint
UPDATE "depreciation_books" SET "fallback_profile_id" = '00000000-0000-4000-8000-00000000f102' WHERE "id" = '00000000-0000-4000-8000-00000000f002';
