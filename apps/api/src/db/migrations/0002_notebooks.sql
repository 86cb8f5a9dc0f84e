CREATE TABLE `notebook_revisions` (
	`notebook_id` text NOT NULL,
	`revision` integer NOT NULL,
	`title` text NOT NULL,
	`document` text NOT NULL,
	`saved_at` text NOT NULL,
	PRIMARY KEY(`notebook_id`, `revision`),
	FOREIGN KEY (`notebook_id`) REFERENCES `notebooks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `notebooks` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`document` text NOT NULL,
	`revision` integer NOT NULL,
	`shipped` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
