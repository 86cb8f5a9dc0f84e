CREATE TABLE `scan_pages` (
	`report_id` integer NOT NULL,
	`page` integer NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`png` blob NOT NULL,
	PRIMARY KEY(`report_id`, `page`),
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `report_cells` ADD `page` integer;--> statement-breakpoint
ALTER TABLE `report_cells` ADD `box` text;--> statement-breakpoint
ALTER TABLE `report_cells` ADD `confidence` integer;