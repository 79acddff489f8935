CREATE TABLE `official_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`subject` text NOT NULL,
	`name` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `official_changes_service_at` ON `official_changes` (`service_id`,`at`);--> statement-breakpoint
CREATE TABLE `official_incidents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`vendor_id` text NOT NULL,
	`name` text NOT NULL,
	`impact` text NOT NULL,
	`status` text NOT NULL,
	`started_at` integer NOT NULL,
	`acknowledged_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`resolved_at` integer,
	`url` text,
	`components` text DEFAULT '[]' NOT NULL,
	`updates` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `official_incidents_vendor` ON `official_incidents` (`service_id`,`vendor_id`);--> statement-breakpoint
CREATE INDEX `official_incidents_ack` ON `official_incidents` (`service_id`,`acknowledged_at`);--> statement-breakpoint
CREATE TABLE `official_sources` (
	`service_id` integer PRIMARY KEY NOT NULL,
	`format` text NOT NULL,
	`url` text NOT NULL,
	`etag` text,
	`last_modified` text,
	`checked_at` integer,
	`attempted_at` integer,
	`failures` integer DEFAULT 0 NOT NULL,
	`next_poll_at` integer,
	`stale` integer DEFAULT false NOT NULL,
	`last_error` text,
	`reading` text,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `services` ADD `official_format` text;--> statement-breakpoint
ALTER TABLE `services` ADD `official_url` text;