CREATE TABLE `alert_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`delivery_id` integer NOT NULL,
	`at` integer NOT NULL,
	`outcome` text NOT NULL,
	`detail` text,
	`duration_ms` integer NOT NULL,
	FOREIGN KEY (`delivery_id`) REFERENCES `alert_deliveries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `alert_attempts_delivery` ON `alert_attempts` (`delivery_id`);--> statement-breakpoint
CREATE TABLE `alert_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subscription_id` text NOT NULL,
	`endpoint` text NOT NULL,
	`event_id` text,
	`purpose` text NOT NULL,
	`message_id` text NOT NULL,
	`dedupe_key` text NOT NULL,
	`state` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`first_attempt_at` integer,
	`next_attempt_at` integer NOT NULL,
	`last_attempt_at` integer,
	`last_error` text,
	`created_at` integer NOT NULL,
	`done_at` integer,
	FOREIGN KEY (`subscription_id`) REFERENCES `alert_subscriptions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alert_deliveries_dedupe` ON `alert_deliveries` (`subscription_id`,`dedupe_key`);--> statement-breakpoint
CREATE INDEX `alert_deliveries_due` ON `alert_deliveries` (`state`,`endpoint`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `alert_deliveries_done` ON `alert_deliveries` (`done_at`);--> statement-breakpoint
CREATE TABLE `alert_endpoints` (
	`endpoint` text PRIMARY KEY NOT NULL,
	`claimed_by` text,
	`claim_until` integer
);
--> statement-breakpoint
CREATE TABLE `alert_rate_limits` (
	`key` text NOT NULL,
	`window_start` integer NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`key`, `window_start`)
);
--> statement-breakpoint
CREATE INDEX `alert_rate_limits_window` ON `alert_rate_limits` (`window_start`);--> statement-breakpoint
CREATE TABLE `alert_subscription_services` (
	`subscription_id` text NOT NULL,
	`service_id` integer NOT NULL,
	PRIMARY KEY(`subscription_id`, `service_id`),
	FOREIGN KEY (`subscription_id`) REFERENCES `alert_subscriptions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `alert_subscription_services_service` ON `alert_subscription_services` (`service_id`);--> statement-breakpoint
CREATE TABLE `alert_subscriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`format` text NOT NULL,
	`target` text NOT NULL,
	`endpoint` text NOT NULL,
	`push_p256dh` text,
	`push_auth` text,
	`secret` text NOT NULL,
	`token` text NOT NULL,
	`groups` integer NOT NULL,
	`status` text NOT NULL,
	`challenge` text,
	`origin` text NOT NULL,
	`created_at` integer NOT NULL,
	`activated_at` integer,
	`paused_at` integer,
	`pause_reason` text,
	`dead_letters` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alert_subscriptions_token` ON `alert_subscriptions` (`token`);--> statement-breakpoint
CREATE INDEX `alert_subscriptions_target` ON `alert_subscriptions` (`kind`,`target`);--> statement-breakpoint
CREATE INDEX `alert_subscriptions_status` ON `alert_subscriptions` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `alert_vapid_keys` (
	`id` integer PRIMARY KEY NOT NULL,
	`public_key` text NOT NULL,
	`private_key` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `event_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`occurred_at` integer NOT NULL,
	`service_ids` text NOT NULL,
	`data` text NOT NULL,
	`created_at` integer NOT NULL,
	`fanned_at` integer
);
--> statement-breakpoint
CREATE INDEX `event_outbox_unfanned` ON `event_outbox` (`fanned_at`,`created_at`);