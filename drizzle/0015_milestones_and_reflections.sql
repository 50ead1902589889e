CREATE TYPE "public"."milestone_status" AS ENUM('planned', 'under_way', 'reached', 'postponed', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."reflection_evidence_kind" AS ENUM('indicator', 'initiative', 'story', 'barrier');--> statement-breakpoint
CREATE TABLE "milestone_links" (
	"id" serial PRIMARY KEY NOT NULL,
	"milestone_id" integer NOT NULL,
	"initiative_id" integer,
	"process_id" integer,
	"roadmap_item_id" integer,
	CONSTRAINT "milestone_links_once" UNIQUE NULLS NOT DISTINCT("milestone_id","initiative_id","process_id","roadmap_item_id"),
	CONSTRAINT "milestone_link_one_item" CHECK (num_nonnulls("milestone_links"."initiative_id", "milestone_links"."process_id", "milestone_links"."roadmap_item_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" serial PRIMARY KEY NOT NULL,
	"seed_key" text,
	"county_code" varchar(2) NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"year" smallint,
	"period_label" text DEFAULT '' NOT NULL,
	"owner_group_id" integer,
	"status" "milestone_status" DEFAULT 'unknown' NOT NULL,
	"source" text,
	"source_passage" text DEFAULT '' NOT NULL,
	"position" smallint DEFAULT 1000 NOT NULL,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "milestones_seedKey_unique" UNIQUE("seed_key"),
	CONSTRAINT "milestones_natural_key" UNIQUE("county_code","title"),
	CONSTRAINT "milestone_year_range" CHECK ("milestones"."year" is null or "milestones"."year" between 1900 and 2100)
);
--> statement-breakpoint
CREATE TABLE "reflection_evidence" (
	"id" serial PRIMARY KEY NOT NULL,
	"reflection_id" integer NOT NULL,
	"kind" "reflection_evidence_kind" NOT NULL,
	"target_id" integer NOT NULL,
	"snapshot" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reflection_evidence_reflectionId_kind_targetId_unique" UNIQUE("reflection_id","kind","target_id")
);
--> statement-breakpoint
CREATE TABLE "reflections" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"group_id" integer,
	"process_id" integer,
	"title" text NOT NULL,
	"what_we_see" text NOT NULL,
	"what_it_means" text NOT NULL,
	"what_we_do_now" text NOT NULL,
	"written_on" date NOT NULL,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reflection_author" CHECK (("reflections"."group_id" is null) <> ("reflections"."process_id" is null))
);
--> statement-breakpoint
ALTER TABLE "milestone_links" ADD CONSTRAINT "milestone_links_milestone_id_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_links" ADD CONSTRAINT "milestone_links_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_links" ADD CONSTRAINT "milestone_links_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_links" ADD CONSTRAINT "milestone_links_roadmap_item_id_roadmap_items_id_fk" FOREIGN KEY ("roadmap_item_id") REFERENCES "public"."roadmap_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_owner_group_id_groups_id_fk" FOREIGN KEY ("owner_group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_evidence" ADD CONSTRAINT "reflection_evidence_reflection_id_reflections_id_fk" FOREIGN KEY ("reflection_id") REFERENCES "public"."reflections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "milestone_links_milestone_id_index" ON "milestone_links" USING btree ("milestone_id");--> statement-breakpoint
CREATE INDEX "milestones_county_code_index" ON "milestones" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "reflection_evidence_kind_target_id_index" ON "reflection_evidence" USING btree ("kind","target_id");--> statement-breakpoint
CREATE INDEX "reflections_county_code_written_on_index" ON "reflections" USING btree ("county_code","written_on");