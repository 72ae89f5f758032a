CREATE INDEX "assets_tag_sort_idx" ON "assets" USING btree (lower("tag"),"id");--> statement-breakpoint
CREATE INDEX "assets_created_sort_idx" ON "assets" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "assets_updated_sort_idx" ON "assets" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "assets_purchase_sort_idx" ON "assets" USING btree (coalesce("purchase_date", '0001-01-01'::date),"id");--> statement-breakpoint
CREATE INDEX "assets_warranty_sort_idx" ON "assets" USING btree (coalesce("warranty_end", '0001-01-01'::date),"id");