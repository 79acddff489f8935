CREATE TABLE "official_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"service_id" integer NOT NULL,
	"subject" text NOT NULL,
	"name" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "official_incidents" (
	"id" serial PRIMARY KEY NOT NULL,
	"service_id" integer NOT NULL,
	"vendor_id" text NOT NULL,
	"name" text NOT NULL,
	"impact" text NOT NULL,
	"status" text NOT NULL,
	"started_at" bigint NOT NULL,
	"acknowledged_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"resolved_at" bigint,
	"url" text,
	"components" text DEFAULT '[]' NOT NULL,
	"updates" text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "official_sources" (
	"service_id" integer PRIMARY KEY NOT NULL,
	"format" text NOT NULL,
	"url" text NOT NULL,
	"etag" text,
	"last_modified" text,
	"checked_at" bigint,
	"attempted_at" bigint,
	"failures" integer DEFAULT 0 NOT NULL,
	"next_poll_at" bigint,
	"stale" boolean DEFAULT false NOT NULL,
	"last_error" text,
	"reading" text
);
--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "official_format" text;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "official_url" text;--> statement-breakpoint
ALTER TABLE "official_changes" ADD CONSTRAINT "official_changes_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_incidents" ADD CONSTRAINT "official_incidents_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_sources" ADD CONSTRAINT "official_sources_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "official_changes_service_at" ON "official_changes" USING btree ("service_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "official_incidents_vendor" ON "official_incidents" USING btree ("service_id","vendor_id");--> statement-breakpoint
CREATE INDEX "official_incidents_ack" ON "official_incidents" USING btree ("service_id","acknowledged_at");