CREATE TABLE "alert_attempts" (
	"id" serial PRIMARY KEY NOT NULL,
	"delivery_id" integer NOT NULL,
	"at" bigint NOT NULL,
	"outcome" text NOT NULL,
	"detail" text,
	"duration_ms" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alert_deliveries" (
	"id" serial PRIMARY KEY NOT NULL,
	"subscription_id" text NOT NULL,
	"endpoint" text NOT NULL,
	"event_id" text,
	"purpose" text NOT NULL,
	"message_id" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"state" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"first_attempt_at" bigint,
	"next_attempt_at" bigint NOT NULL,
	"last_attempt_at" bigint,
	"last_error" text,
	"created_at" bigint NOT NULL,
	"done_at" bigint
);
--> statement-breakpoint
CREATE TABLE "alert_endpoints" (
	"endpoint" text PRIMARY KEY NOT NULL,
	"claimed_by" text,
	"claim_until" bigint
);
--> statement-breakpoint
CREATE TABLE "alert_rate_limits" (
	"key" text NOT NULL,
	"window_start" bigint NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "alert_rate_limits_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE TABLE "alert_subscription_services" (
	"subscription_id" text NOT NULL,
	"service_id" integer NOT NULL,
	CONSTRAINT "alert_subscription_services_subscription_id_service_id_pk" PRIMARY KEY("subscription_id","service_id")
);
--> statement-breakpoint
CREATE TABLE "alert_subscriptions" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"format" text NOT NULL,
	"target" text NOT NULL,
	"endpoint" text NOT NULL,
	"push_p256dh" text,
	"push_auth" text,
	"secret" text NOT NULL,
	"token" text NOT NULL,
	"groups" integer NOT NULL,
	"status" text NOT NULL,
	"challenge" text,
	"origin" text NOT NULL,
	"created_at" bigint NOT NULL,
	"activated_at" bigint,
	"paused_at" bigint,
	"pause_reason" text,
	"dead_letters" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alert_vapid_keys" (
	"id" integer PRIMARY KEY NOT NULL,
	"public_key" text NOT NULL,
	"private_key" text NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_outbox" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"occurred_at" bigint NOT NULL,
	"service_ids" text NOT NULL,
	"data" text NOT NULL,
	"created_at" bigint NOT NULL,
	"fanned_at" bigint
);
--> statement-breakpoint
ALTER TABLE "alert_attempts" ADD CONSTRAINT "alert_attempts_delivery_id_alert_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."alert_deliveries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_subscription_id_alert_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."alert_subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_subscription_services" ADD CONSTRAINT "alert_subscription_services_subscription_id_alert_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."alert_subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_subscription_services" ADD CONSTRAINT "alert_subscription_services_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alert_attempts_delivery" ON "alert_attempts" USING btree ("delivery_id");--> statement-breakpoint
CREATE UNIQUE INDEX "alert_deliveries_dedupe" ON "alert_deliveries" USING btree ("subscription_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "alert_deliveries_due" ON "alert_deliveries" USING btree ("state","endpoint","next_attempt_at");--> statement-breakpoint
CREATE INDEX "alert_deliveries_done" ON "alert_deliveries" USING btree ("done_at");--> statement-breakpoint
CREATE INDEX "alert_rate_limits_window" ON "alert_rate_limits" USING btree ("window_start");--> statement-breakpoint
CREATE INDEX "alert_subscription_services_service" ON "alert_subscription_services" USING btree ("service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "alert_subscriptions_token" ON "alert_subscriptions" USING btree ("token");--> statement-breakpoint
CREATE INDEX "alert_subscriptions_target" ON "alert_subscriptions" USING btree ("kind","target");--> statement-breakpoint
CREATE INDEX "alert_subscriptions_status" ON "alert_subscriptions" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "event_outbox_unfanned" ON "event_outbox" USING btree ("fanned_at","created_at");