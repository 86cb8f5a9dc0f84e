ALTER TABLE `report_facts` ADD `complete` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `reports` ADD `complete` integer DEFAULT true NOT NULL;