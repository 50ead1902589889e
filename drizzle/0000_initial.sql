CREATE TYPE "public"."boundary_kind" AS ENUM('municipality', 'county');--> statement-breakpoint
CREATE TYPE "public"."date_precision" AS ENUM('day', 'month');--> statement-breakpoint
CREATE TYPE "public"."decision_subject" AS ENUM('vision_adoption', 'roadmap_approval', 'other');--> statement-breakpoint
CREATE TYPE "public"."focus_shift_key" AS ENUM('person', 'co_creator', 'proactive', 'coordination');--> statement-breakpoint
CREATE TYPE "public"."group_level" AS ENUM('county', 'subregional', 'local', 'political');--> statement-breakpoint
CREATE TYPE "public"."organisation_kind" AS ENUM('region', 'municipality', 'private', 'civil_society', 'authority');--> statement-breakpoint
CREATE TYPE "public"."roadmap_item_kind" AS ENUM('development_area', 'prerequisite', 'goal_area', 'milestone');--> statement-breakpoint
CREATE TYPE "public"."timeline_level" AS ENUM('national', 'county');--> statement-breakpoint
CREATE TYPE "public"."vision_item_kind" AS ENUM('citizen_statement', 'focus_shift', 'principle', 'core_value', 'direction_stage', 'concept', 'strategy_step');--> statement-breakpoint
CREATE TABLE "boundaries" (
	"area_code" varchar(4) PRIMARY KEY NOT NULL,
	"kind" "boundary_kind" NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"name" text NOT NULL,
	"geometry" jsonb NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "counties" (
	"code" varchar(2) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"slug" text NOT NULL,
	"region_name" text NOT NULL,
	"kolada_id" varchar(4) NOT NULL,
	CONSTRAINT "counties_slug_unique" UNIQUE("slug"),
	CONSTRAINT "counties_koladaId_unique" UNIQUE("kolada_id")
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"organisation_id" integer NOT NULL,
	"group_id" integer,
	"subject" "decision_subject" NOT NULL,
	"title" text NOT NULL,
	"decided_on" date NOT NULL,
	"date_precision" date_precision DEFAULT 'day' NOT NULL,
	"description" text NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decisions_countyCode_organisationId_subject_decidedOn_unique" UNIQUE("county_code","organisation_id","subject","decided_on")
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"name" text NOT NULL,
	"level" "group_level" NOT NULL,
	"composition" text NOT NULL,
	"mandate" text NOT NULL,
	"position" smallint NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "groups_countyCode_name_unique" UNIQUE("county_code","name")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2),
	"kind" "organisation_kind" NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"scb_code" varchar(4),
	"kolada_id" varchar(4),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_scbCode_unique" UNIQUE("scb_code"),
	CONSTRAINT "organisations_koladaId_unique" UNIQUE("kolada_id"),
	CONSTRAINT "organisations_countyCode_name_unique" UNIQUE("county_code","name")
);
--> statement-breakpoint
CREATE TABLE "roadmap_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"roadmap_id" integer NOT NULL,
	"kind" "roadmap_item_kind" NOT NULL,
	"key" text NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roadmap_items_roadmapId_kind_key_unique" UNIQUE("roadmap_id","kind","key")
);
--> statement-breakpoint
CREATE TABLE "roadmaps" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"title" text NOT NULL,
	"intro" text NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roadmaps_countyCode_unique" UNIQUE("county_code")
);
--> statement-breakpoint
CREATE TABLE "source_documents" (
	"file_name" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"publisher" text NOT NULL,
	"year" smallint,
	"description" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "timeline_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2),
	"level" timeline_level NOT NULL,
	"year" smallint NOT NULL,
	"month" smallint,
	"day" smallint,
	"period_label" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"position" smallint NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "timeline_events_natural_key" UNIQUE NULLS NOT DISTINCT("county_code","year","title"),
	CONSTRAINT "timeline_level_matches_county" CHECK (("timeline_events"."level" = 'national') = ("timeline_events"."county_code" is null)),
	CONSTRAINT "timeline_month_range" CHECK ("timeline_events"."month" is null or "timeline_events"."month" between 1 and 12),
	CONSTRAINT "timeline_day_range" CHECK ("timeline_events"."day" is null or "timeline_events"."day" between 1 and 31)
);
--> statement-breakpoint
CREATE TABLE "vision_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"vision_id" integer NOT NULL,
	"kind" "vision_item_kind" NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"from_text" text,
	"to_text" text,
	"focus_shift_key" "focus_shift_key",
	"source" text NOT NULL,
	CONSTRAINT "vision_items_visionId_kind_position_unique" UNIQUE("vision_id","kind","position")
);
--> statement-breakpoint
CREATE TABLE "visions" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"subtitle" text NOT NULL,
	"intro" text NOT NULL,
	"source" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visions_countyCode_version_unique" UNIQUE("county_code","version"),
	CONSTRAINT "version_positive" CHECK ("visions"."version" > 0)
);
--> statement-breakpoint
ALTER TABLE "boundaries" ADD CONSTRAINT "boundaries_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_items" ADD CONSTRAINT "roadmap_items_roadmap_id_roadmaps_id_fk" FOREIGN KEY ("roadmap_id") REFERENCES "public"."roadmaps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_items" ADD CONSTRAINT "roadmap_items_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmaps" ADD CONSTRAINT "roadmaps_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmaps" ADD CONSTRAINT "roadmaps_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vision_items" ADD CONSTRAINT "vision_items_vision_id_visions_id_fk" FOREIGN KEY ("vision_id") REFERENCES "public"."visions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vision_items" ADD CONSTRAINT "vision_items_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visions" ADD CONSTRAINT "visions_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visions" ADD CONSTRAINT "visions_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "boundaries_county_code_kind_index" ON "boundaries" USING btree ("county_code","kind");--> statement-breakpoint
CREATE INDEX "decisions_county_code_decided_on_index" ON "decisions" USING btree ("county_code","decided_on");--> statement-breakpoint
CREATE INDEX "organisations_county_code_index" ON "organisations" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "timeline_events_county_code_year_index" ON "timeline_events" USING btree ("county_code","year");