-- Generated asset tags draw from one sequence: unique and gap-tolerant under any concurrency.
CREATE SEQUENCE IF NOT EXISTS asset_tag_seq AS bigint START 1;
