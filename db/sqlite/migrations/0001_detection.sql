CREATE TABLE `detector_states` (
	`service_id` integer PRIMARY KEY NOT NULL,
	`state` text NOT NULL,
	`through` integer NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`started_at` integer NOT NULL,
	`detected_at` integer NOT NULL,
	`peak_at` integer NOT NULL,
	`peak_count` integer NOT NULL,
	`peak_expected` real NOT NULL,
	`ended_at` integer,
	`top_problems` text DEFAULT '[]' NOT NULL,
	`top_countries` text DEFAULT '[]' NOT NULL,
	`note` text,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `incidents_service_started` ON `incidents` (`service_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `incidents_open` ON `incidents` (`ended_at`);--> statement-breakpoint
CREATE TABLE `service_status` (
	`service_id` integer PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`since` integer,
	`observed` integer NOT NULL,
	`expected` real NOT NULL,
	`p` real NOT NULL,
	`window_minutes` integer NOT NULL,
	`at` integer NOT NULL,
	`incident_id` integer,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
