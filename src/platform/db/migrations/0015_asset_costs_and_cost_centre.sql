CREATE TABLE "asset_costs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"asset_id" uuid NOT NULL,
	"incurred_on" date NOT NULL,
	"kind" text NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"currency" text,
	"supplier_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "asset_costs_amount_positive" CHECK ("asset_costs"."amount" > 0)
);
--> statement-breakpoint
ALTER TABLE "assets" ADD COLUMN "cost_centre" text;--> statement-breakpoint
ALTER TABLE "asset_costs" ADD CONSTRAINT "asset_costs_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_costs" ADD CONSTRAINT "asset_costs_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "asset_costs_asset_idx" ON "asset_costs" USING btree ("asset_id","incurred_on");