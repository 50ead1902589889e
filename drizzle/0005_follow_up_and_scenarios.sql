CREATE TYPE "public"."indicator_aggregation" AS ENUM('sum', 'population_weighted', 'none');--> statement-breakpoint
CREATE TYPE "public"."indicator_direction" AS ENUM('higher_is_better', 'lower_is_better', 'neither');--> statement-breakpoint
CREATE TYPE "public"."indicator_link_kind" AS ENUM('focus_shift', 'development_area', 'goal_area', 'process');--> statement-breakpoint
CREATE TYPE "public"."indicator_source" AS ENUM('kolada', 'scb', 'own');--> statement-breakpoint
CREATE TYPE "public"."job_status" AS ENUM('queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TABLE "follow_up_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"set_key" text NOT NULL,
	"focus_shift_key" "focus_shift_key" NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"indicator_id" integer,
	"note" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "follow_up_items_setKey_title_unique" UNIQUE("set_key","title")
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"county_code" varchar(2),
	"status" "job_status" DEFAULT 'queued' NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "indicator_links" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"kind" "indicator_link_kind" NOT NULL,
	"key" text NOT NULL,
	CONSTRAINT "indicator_links_indicatorId_kind_key_unique" UNIQUE("indicator_id","kind","key")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"kolada_id" varchar(12),
	"county_code" varchar(2),
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"direction" "indicator_direction" DEFAULT 'neither' NOT NULL,
	"source" "indicator_source" NOT NULL,
	"frequency" text DEFAULT 'år' NOT NULL,
	"has_gender_split" boolean DEFAULT false NOT NULL,
	"aggregation" "indicator_aggregation" DEFAULT 'none' NOT NULL,
	"operating_area" text DEFAULT '' NOT NULL,
	"publication_period" text DEFAULT '' NOT NULL,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_koladaId_unique" UNIQUE("kolada_id")
);
--> statement-breakpoint
CREATE TABLE "measurements" (
	"indicator_id" integer NOT NULL,
	"area_id" varchar(4) NOT NULL,
	"period" smallint NOT NULL,
	"gender" varchar(1) NOT NULL,
	"value" double precision,
	"count" integer,
	"status" text,
	"source" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measurements_indicator_id_area_id_period_gender_pk" PRIMARY KEY("indicator_id","area_id","period","gender"),
	CONSTRAINT "measurement_gender" CHECK ("measurements"."gender" in ('T', 'K', 'M'))
);
--> statement-breakpoint
CREATE TABLE "scenario_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"scenario_id" integer NOT NULL,
	"version" integer NOT NULL,
	"input" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scenario_versions_scenarioId_version_unique" UNIQUE("scenario_id","version")
);
--> statement-breakpoint
CREATE TABLE "scenarios" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" integer,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"area_id" varchar(4) NOT NULL,
	"period" smallint NOT NULL,
	"gender" varchar(1) DEFAULT 'T' NOT NULL,
	"value" double precision NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "targets_indicatorId_areaId_period_gender_unique" UNIQUE("indicator_id","area_id","period","gender")
);
--> statement-breakpoint
ALTER TABLE "follow_up_items" ADD CONSTRAINT "follow_up_items_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_links" ADD CONSTRAINT "indicator_links_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_versions" ADD CONSTRAINT "scenario_versions_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_links_kind_key_index" ON "indicator_links" USING btree ("kind","key");--> statement-breakpoint
CREATE INDEX "indicators_search" ON "indicators" USING gin (to_tsvector('swedish', "title" || ' ' || "description"));