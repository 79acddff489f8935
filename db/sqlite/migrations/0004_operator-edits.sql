CREATE TABLE `detector_resets` (
	`service_id` integer PRIMARY KEY NOT NULL,
	`requested_at` integer NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `services` ADD `source` text DEFAULT 'seed' NOT NULL;--> statement-breakpoint
ALTER TABLE `incidents` ADD `closed_by` text;--> statement-breakpoint
UPDATE `incidents` SET `closed_by` = 'detector' WHERE `ended_at` IS NOT NULL;
