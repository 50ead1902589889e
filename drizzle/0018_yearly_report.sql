CREATE TYPE "public"."yearly_report_section" AS ENUM('work', 'progress', 'challenges', 'forward');--> statement-breakpoint
CREATE TABLE "yearly_report_narrative_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"narrative_id" integer NOT NULL,
	"version" integer NOT NULL,
	"text" text NOT NULL,
	"saved_by" integer,
	"saved_by_label" text NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "yearly_report_narrative_versions_once" UNIQUE("narrative_id","version")
);
--> statement-breakpoint
CREATE TABLE "yearly_report_narratives" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"year" smallint NOT NULL,
	"section" "yearly_report_section" NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "yearly_report_narratives_key" UNIQUE("county_code","year","section"),
	CONSTRAINT "yearly_report_year_range" CHECK ("yearly_report_narratives"."year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "yearly_report_narrative_versions" ADD CONSTRAINT "yearly_report_narrative_versions_narrative_id_yearly_report_narratives_id_fk" FOREIGN KEY ("narrative_id") REFERENCES "public"."yearly_report_narratives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "yearly_report_narrative_versions" ADD CONSTRAINT "yearly_report_narrative_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "yearly_report_narratives" ADD CONSTRAINT "yearly_report_narratives_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "yearly_report_narrative_versions_narrative_id_index" ON "yearly_report_narrative_versions" USING btree ("narrative_id");