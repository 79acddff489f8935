CREATE TABLE `incident_assessments` (
	`incident_id` integer PRIMARY KEY NOT NULL,
	`service_id` integer NOT NULL,
	`started_at` integer NOT NULL,
	`group_id` integer,
	`role` text,
	`locality` text NOT NULL,
	`usual_mix` text NOT NULL,
	`locality_through` integer NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`group_id`) REFERENCES `incident_groups`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `incident_assessments_started` ON `incident_assessments` (`started_at`);--> statement-breakpoint
CREATE INDEX `incident_assessments_group` ON `incident_assessments` (`group_id`);--> statement-breakpoint
CREATE TABLE `incident_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`started_at` integer NOT NULL,
	`last_started_at` integer NOT NULL,
	`ended_at` integer,
	`kind` text NOT NULL,
	`cause_service_id` integer,
	`cause_country` text,
	`confidence` real,
	`member_count` integer NOT NULL,
	`explanation` text NOT NULL,
	`updated_at` integer NOT NULL,
	`evaluated_through` integer NOT NULL,
	`evaluated_at` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`cause_service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `incident_groups_started` ON `incident_groups` (`started_at`);--> statement-breakpoint
CREATE INDEX `incident_groups_open` ON `incident_groups` (`ended_at`);