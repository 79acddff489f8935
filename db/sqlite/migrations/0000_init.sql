CREATE TABLE `service_dependencies` (
	`service_id` integer NOT NULL,
	`depends_on_id` integer NOT NULL,
	PRIMARY KEY(`service_id`, `depends_on_id`),
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`depends_on_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `service_dependencies_upstream` ON `service_dependencies` (`depends_on_id`);--> statement-breakpoint
CREATE TABLE `services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`url` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`markets` text DEFAULT '[]' NOT NULL,
	`popularity` integer DEFAULT 10 NOT NULL,
	`hidden` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `services_slug_unique` ON `services` (`slug`);--> statement-breakpoint
CREATE TABLE `report_hours` (
	`service_id` integer NOT NULL,
	`hour` integer NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`service_id`, `hour`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `report_minutes` (
	`service_id` integer NOT NULL,
	`minute` integer NOT NULL,
	`problem` text NOT NULL,
	`country` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`service_id`, `minute`, `problem`, `country`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY NOT NULL,
	`service_id` integer NOT NULL,
	`problem` text NOT NULL,
	`country` text DEFAULT '' NOT NULL,
	`reporter` blob NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `reports_dedupe` ON `reports` (`reporter`,`service_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `reports_created` ON `reports` (`created_at`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `salts` (
	`day` integer PRIMARY KEY NOT NULL,
	`salt` blob NOT NULL
);
