CREATE TABLE "stock_scans" (
	"client_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid,
	"device_id" text,
	"scanned_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"model_code" text NOT NULL,
	"location_code" text NOT NULL,
	"to_code" text,
	"quantity" integer NOT NULL,
	"outcome" text NOT NULL,
	"message" text NOT NULL,
	"model_id" uuid,
	"location_id" uuid,
	"to_location_id" uuid,
	"on_hand" integer,
	"to_on_hand" integer,
	"movement_group_id" uuid
);
--> statement-breakpoint
ALTER TABLE "stock_scans" ADD CONSTRAINT "stock_scans_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stock_scans_user_idx" ON "stock_scans" USING btree ("user_id","received_at");