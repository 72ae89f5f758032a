CREATE TABLE "scans" (
	"client_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid,
	"device_id" text,
	"scanned_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"code" text NOT NULL,
	"target_code" text,
	"outcome" text NOT NULL,
	"message" text NOT NULL,
	"asset_id" uuid
);
--> statement-breakpoint
ALTER TABLE "scans" ADD CONSTRAINT "scans_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scans_user_idx" ON "scans" USING btree ("user_id","received_at");--> statement-breakpoint
CREATE INDEX "scans_asset_idx" ON "scans" USING btree ("asset_id");