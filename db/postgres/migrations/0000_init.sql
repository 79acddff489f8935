CREATE TABLE "service_dependencies" (
	"service_id" integer NOT NULL,
	"depends_on_id" integer NOT NULL,
	CONSTRAINT "service_dependencies_service_id_depends_on_id_pk" PRIMARY KEY("service_id","depends_on_id")
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"url" text NOT NULL,
	"aliases" text DEFAULT '[]' NOT NULL,
	"markets" text DEFAULT '[]' NOT NULL,
	"popularity" integer DEFAULT 10 NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"source" text DEFAULT 'seed' NOT NULL,
	"updated_at" bigint NOT NULL,
	CONSTRAINT "services_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "intake_keys" (
	"key" bigint PRIMARY KEY NOT NULL,
	"hits" bigint[] NOT NULL,
	"expires_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_cells" (
	"service_id" integer NOT NULL,
	"minute" bigint NOT NULL,
	"problem" text NOT NULL,
	"country" text NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_hours" (
	"service_id" integer NOT NULL,
	"hour" bigint NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "report_hours_service_id_hour_pk" PRIMARY KEY("service_id","hour")
);
--> statement-breakpoint
CREATE TABLE "report_minutes" (
	"service_id" integer NOT NULL,
	"minute" bigint NOT NULL,
	"problem" text NOT NULL,
	"country" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "report_minutes_service_id_minute_problem_country_pk" PRIMARY KEY("service_id","minute","problem","country")
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" bigint PRIMARY KEY NOT NULL,
	"service_id" integer NOT NULL,
	"reporter" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "salts" (
	"day" integer PRIMARY KEY NOT NULL,
	"salt" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "detector_resets" (
	"service_id" integer PRIMARY KEY NOT NULL,
	"requested_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "detector_states" (
	"service_id" integer PRIMARY KEY NOT NULL,
	"state" text NOT NULL,
	"through" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" serial PRIMARY KEY NOT NULL,
	"service_id" integer NOT NULL,
	"started_at" bigint NOT NULL,
	"detected_at" bigint NOT NULL,
	"peak_at" bigint NOT NULL,
	"peak_count" integer NOT NULL,
	"peak_expected" double precision NOT NULL,
	"ended_at" bigint,
	"top_problems" text DEFAULT '[]' NOT NULL,
	"top_countries" text DEFAULT '[]' NOT NULL,
	"note" text,
	"closed_by" text,
	"chart" text
);
--> statement-breakpoint
CREATE TABLE "service_status" (
	"service_id" integer PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"since" bigint,
	"observed" integer NOT NULL,
	"expected" double precision NOT NULL,
	"p" double precision NOT NULL,
	"window_minutes" integer NOT NULL,
	"at" bigint NOT NULL,
	"incident_id" integer
);
--> statement-breakpoint
CREATE TABLE "incident_assessments" (
	"incident_id" integer PRIMARY KEY NOT NULL,
	"service_id" integer NOT NULL,
	"started_at" bigint NOT NULL,
	"group_id" integer,
	"role" text,
	"locality" text NOT NULL,
	"usual_mix" text NOT NULL,
	"locality_through" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_groups" (
	"id" serial PRIMARY KEY NOT NULL,
	"started_at" bigint NOT NULL,
	"last_started_at" bigint NOT NULL,
	"ended_at" bigint,
	"kind" text NOT NULL,
	"cause_service_id" integer,
	"cause_country" text,
	"confidence" double precision,
	"member_count" integer NOT NULL,
	"explanation" text NOT NULL,
	"updated_at" bigint NOT NULL,
	"evaluated_through" bigint NOT NULL,
	"evaluated_at" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leases" (
	"name" text PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"epoch" bigint NOT NULL,
	"expires_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_dependencies" ADD CONSTRAINT "service_dependencies_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_dependencies" ADD CONSTRAINT "service_dependencies_depends_on_id_services_id_fk" FOREIGN KEY ("depends_on_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "detector_resets" ADD CONSTRAINT "detector_resets_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "detector_states" ADD CONSTRAINT "detector_states_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_status" ADD CONSTRAINT "service_status_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_assessments" ADD CONSTRAINT "incident_assessments_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_assessments" ADD CONSTRAINT "incident_assessments_group_id_incident_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."incident_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_groups" ADD CONSTRAINT "incident_groups_cause_service_id_services_id_fk" FOREIGN KEY ("cause_service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_dependencies_upstream" ON "service_dependencies" USING btree ("depends_on_id");--> statement-breakpoint
CREATE INDEX "incidents_service_started" ON "incidents" USING btree ("service_id","started_at");--> statement-breakpoint
CREATE INDEX "incidents_open" ON "incidents" USING btree ("ended_at");--> statement-breakpoint
CREATE INDEX "incident_assessments_started" ON "incident_assessments" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "incident_assessments_group" ON "incident_assessments" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "incident_groups_started" ON "incident_groups" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "incident_groups_open" ON "incident_groups" USING btree ("ended_at");