-- The similarity tables are WITHOUT ROWID: their primary key is the table, one B-tree less to write per row.
CREATE TABLE `copied_sections` (
	`report_id` integer NOT NULL,
	`other_id` integer NOT NULL,
	`section` text NOT NULL,
	`same_agency` integer NOT NULL,
	`score` real NOT NULL,
	PRIMARY KEY(`report_id`, `other_id`, `section`),
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`other_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `copied_sections_other_idx` ON `copied_sections` (`other_id`);--> statement-breakpoint
CREATE INDEX `copied_sections_score_idx` ON `copied_sections` (`score`);--> statement-breakpoint
CREATE TABLE `narrative_bands` (
	`band` integer NOT NULL,
	`report_id` integer NOT NULL,
	PRIMARY KEY(`band`, `report_id`),
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `narrative_bands_report_idx` ON `narrative_bands` (`report_id`);--> statement-breakpoint
CREATE TABLE `narrative_signatures` (
	`report_id` integer NOT NULL,
	`section` text NOT NULL,
	`agency_id` integer NOT NULL,
	`year` integer,
	`chars` integer NOT NULL,
	`minhash` blob NOT NULL,
	PRIMARY KEY(`report_id`, `section`),
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `narrative_signatures_agency_idx` ON `narrative_signatures` (`agency_id`,`section`,`year`);--> statement-breakpoint
-- Reports stored before this migration get their signatures from a background pass (services/similarity.ts)
-- that drains this list in small batches, so the server answers while it runs.
CREATE TABLE `similarity_backfill` (`report_id` integer PRIMARY KEY NOT NULL);
--> statement-breakpoint
INSERT INTO `similarity_backfill` (`report_id`) SELECT `id` FROM `reports`;
