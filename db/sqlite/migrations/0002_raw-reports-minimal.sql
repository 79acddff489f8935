PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_reports` (
	`id` integer PRIMARY KEY NOT NULL,
	`service_id` integer NOT NULL,
	`reporter` integer NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- Old raw rows are not carried over: their keys have another shape, they only deduplicated the last 30 minutes,
-- and the rollups (which charts and detection read) are untouched.
DROP TABLE `reports`;--> statement-breakpoint
ALTER TABLE `__new_reports` RENAME TO `reports`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `reports_reporter` ON `reports` (`reporter`,`id`);