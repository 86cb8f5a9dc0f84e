CREATE TABLE `scan_readings` (
	`report_id` integer PRIMARY KEY NOT NULL,
	`ocr_version` integer NOT NULL,
	`cells` text NOT NULL,
	`ms` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
