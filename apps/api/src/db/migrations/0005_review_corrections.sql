CREATE TABLE `cell_corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`cell` integer NOT NULL,
	`value` integer,
	`parsed_value` integer,
	`parsed_raw` text,
	`source_snippet` text,
	`reason` text NOT NULL,
	`source_page` integer,
	`source_line` integer,
	`source_note` text,
	`status` text NOT NULL,
	`user_id` text,
	`actor` text NOT NULL,
	`at` text NOT NULL,
	`reverted_by` text,
	`reverted_at` text,
	`carry_note` text,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `cell_corrections_report_idx` ON `cell_corrections` (`report_id`,`cell`);--> statement-breakpoint
CREATE INDEX `cell_corrections_status_idx` ON `cell_corrections` (`status`);--> statement-breakpoint
CREATE TABLE `diagnostic_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`diagnostic_id` integer NOT NULL,
	`report_id` integer NOT NULL,
	`status` text NOT NULL,
	`comment` text,
	`user_id` text,
	`actor` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`diagnostic_id`) REFERENCES `diagnostics`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `diagnostic_reviews_diagnostic_idx` ON `diagnostic_reviews` (`diagnostic_id`);--> statement-breakpoint
CREATE INDEX `diagnostic_reviews_report_idx` ON `diagnostic_reviews` (`report_id`);