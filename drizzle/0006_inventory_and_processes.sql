CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."coverage_state" AS ENUM('not_considered', 'considered', 'worked_through');--> statement-breakpoint
CREATE TYPE "public"."development_area_key" AS ENUM('proactive', 'person_centred', 'bridging', 'digital');--> statement-breakpoint
CREATE TYPE "public"."initiative_phase" AS ENUM('idea', 'planning', 'pilot', 'scaling', 'running', 'ended');--> statement-breakpoint
CREATE TYPE "public"."process_status" AS ENUM('planned', 'ongoing', 'paused', 'ended');--> statement-breakpoint
CREATE TYPE "public"."work_level" AS ENUM('county', 'subregional', 'local');--> statement-breakpoint
CREATE TABLE "initiative_funding" (
	"id" serial PRIMARY KEY NOT NULL,
	"initiative_id" integer NOT NULL,
	"year" smallint NOT NULL,
	"funding_source" text NOT NULL,
	"amount_sek" bigint,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_municipalities" (
	"initiative_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	CONSTRAINT "initiative_municipalities_initiative_id_organisation_id_pk" PRIMARY KEY("initiative_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_partners" (
	"initiative_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	CONSTRAINT "initiative_partners_initiative_id_organisation_id_pk" PRIMARY KEY("initiative_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"lead_organisation_id" integer,
	"other_partners" text[] DEFAULT '{}'::text[] NOT NULL,
	"level" "work_level" NOT NULL,
	"phase" "initiative_phase" NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"goal_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"development_areas" "development_area_key"[] DEFAULT '{}' NOT NULL,
	"focus_shifts" "focus_shift_key"[] DEFAULT '{}' NOT NULL,
	"contact_function" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"contact_person" text,
	"contact_consent" boolean DEFAULT false NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"lessons" text DEFAULT '' NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"good_example" boolean DEFAULT false NOT NULL,
	"source" text,
	"source_locator" text DEFAULT '' NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('swedish'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('swedish'::regconfig, coalesce(description, '')), 'B') || setweight(to_tsvector('swedish'::regconfig, coalesce(results, '') || ' ' || coalesce(lessons, '')), 'C')) STORED,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_contact_consent" CHECK ("initiatives"."contact_person" is null or "initiatives"."contact_consent"),
	CONSTRAINT "initiative_dates" CHECK ("initiatives"."starts_on" is null or "initiatives"."ends_on" is null or "initiatives"."starts_on" <= "initiatives"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "process_coverage" (
	"process_id" integer NOT NULL,
	"development_area" "development_area_key" NOT NULL,
	"state" "coverage_state" DEFAULT 'not_considered' NOT NULL,
	"how" text DEFAULT '' NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	CONSTRAINT "process_coverage_process_id_development_area_pk" PRIMARY KEY("process_id","development_area")
);
--> statement-breakpoint
CREATE TABLE "process_initiatives" (
	"process_id" integer NOT NULL,
	"initiative_id" integer NOT NULL,
	CONSTRAINT "process_initiatives_process_id_initiative_id_pk" PRIMARY KEY("process_id","initiative_id")
);
--> statement-breakpoint
CREATE TABLE "process_participants" (
	"process_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	CONSTRAINT "process_participants_process_id_organisation_id_pk" PRIMARY KEY("process_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "processes" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"title" text NOT NULL,
	"level" "work_level" NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_group_id" integer,
	"status" "process_status" DEFAULT 'ongoing' NOT NULL,
	"goal_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"position" smallint DEFAULT 0 NOT NULL,
	"source" text,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processes_countyCode_title_unique" UNIQUE("county_code","title")
);
--> statement-breakpoint
ALTER TABLE "initiative_funding" ADD CONSTRAINT "initiative_funding_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_municipalities" ADD CONSTRAINT "initiative_municipalities_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_municipalities" ADD CONSTRAINT "initiative_municipalities_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_partners" ADD CONSTRAINT "initiative_partners_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_partners" ADD CONSTRAINT "initiative_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_coverage" ADD CONSTRAINT "process_coverage_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_initiatives" ADD CONSTRAINT "process_initiatives_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_initiatives" ADD CONSTRAINT "process_initiatives_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_participants" ADD CONSTRAINT "process_participants_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_participants" ADD CONSTRAINT "process_participants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processes" ADD CONSTRAINT "processes_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processes" ADD CONSTRAINT "processes_owner_group_id_groups_id_fk" FOREIGN KEY ("owner_group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processes" ADD CONSTRAINT "processes_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "initiative_funding_initiative_id_index" ON "initiative_funding" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "initiative_municipalities_organisation_id_index" ON "initiative_municipalities" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "initiatives_search" ON "initiatives" USING gin ("search");--> statement-breakpoint
CREATE INDEX "initiatives_title_trgm" ON "initiatives" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "initiatives_county_code_index" ON "initiatives" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "process_initiatives_initiative_id_index" ON "process_initiatives" USING btree ("initiative_id");