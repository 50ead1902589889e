CREATE TYPE "public"."retention_purpose" AS ENUM('rejected_stories', 'story_originals', 'story_reports', 'campaign_answers');--> statement-breakpoint
CREATE TYPE "public"."age_band" AS ENUM('0-17', '18-29', '30-49', '50-64', '65-79', '80+');--> statement-breakpoint
CREATE TYPE "public"."care_kind" AS ENUM('primary_care', 'hospital', 'psychiatry', 'municipal_health', 'elderly_care', 'social_services', 'dental', 'other');--> statement-breakpoint
CREATE TYPE "public"."consent_basis" AS ENUM('form', 'published_source');--> statement-breakpoint
CREATE TYPE "public"."story_author_kind" AS ENUM('citizen', 'relative', 'staff');--> statement-breakpoint
CREATE TYPE "public"."story_status" AS ENUM('pending', 'published', 'rejected', 'hidden');--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'moderator';--> statement-breakpoint
CREATE TABLE "form_keys" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"key" text NOT NULL,
	CONSTRAINT "form_keys_one_row" CHECK ("form_keys"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "retention_periods" (
	"county_code" varchar(2) NOT NULL,
	"purpose" "retention_purpose" NOT NULL,
	"days" integer NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "retention_periods_county_code_purpose_pk" PRIMARY KEY("county_code","purpose"),
	CONSTRAINT "retention_days_range" CHECK ("retention_periods"."days" between 1 and 3650)
);
--> statement-breakpoint
CREATE TABLE "stories" (
	"id" serial PRIMARY KEY NOT NULL,
	"seed_key" text,
	"county_code" varchar(2) NOT NULL,
	"municipality_id" integer NOT NULL,
	"care_kind" "care_kind" NOT NULL,
	"age_band" "age_band",
	"author_kind" "story_author_kind" NOT NULL,
	"title" text NOT NULL,
	"what_happened" text,
	"what_mattered" text,
	"edited_happened" text,
	"edited_mattered" text,
	"consent_publish" boolean NOT NULL,
	"consent_quote" boolean NOT NULL,
	"consent_open_data" boolean NOT NULL,
	"consent_basis" "consent_basis" DEFAULT 'form' NOT NULL,
	"consent_text_version" text NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"withdrawal_hash" text,
	"status" "story_status" DEFAULT 'pending' NOT NULL,
	"rejection_reason" text,
	"open_reports" integer DEFAULT 0 NOT NULL,
	"moderated_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"source" text,
	"source_quote" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stories_seedKey_unique" UNIQUE("seed_key"),
	CONSTRAINT "stories_withdrawalHash_unique" UNIQUE("withdrawal_hash"),
	CONSTRAINT "stories_published_needs_consent" CHECK ("stories"."status" <> 'published' or "stories"."consent_publish"),
	CONSTRAINT "stories_rejection_has_reason" CHECK ("stories"."status" <> 'rejected' or "stories"."rejection_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "story_answers" (
	"id" serial PRIMARY KEY NOT NULL,
	"story_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"body" text NOT NULL,
	"answered_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story_initiatives" (
	"story_id" integer NOT NULL,
	"initiative_id" integer NOT NULL,
	CONSTRAINT "story_initiatives_story_id_initiative_id_pk" PRIMARY KEY("story_id","initiative_id")
);
--> statement-breakpoint
CREATE TABLE "story_processes" (
	"story_id" integer NOT NULL,
	"process_id" integer NOT NULL,
	CONSTRAINT "story_processes_story_id_process_id_pk" PRIMARY KEY("story_id","process_id")
);
--> statement-breakpoint
CREATE TABLE "story_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"story_id" integer NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story_shifts" (
	"story_id" integer NOT NULL,
	"shift" "focus_shift_key" NOT NULL,
	CONSTRAINT "story_shifts_story_id_shift_pk" PRIMARY KEY("story_id","shift")
);
--> statement-breakpoint
CREATE TABLE "story_statements" (
	"story_id" integer NOT NULL,
	"vision_item_id" integer NOT NULL,
	CONSTRAINT "story_statements_story_id_vision_item_id_pk" PRIMARY KEY("story_id","vision_item_id")
);
--> statement-breakpoint
ALTER TABLE "retention_periods" ADD CONSTRAINT "retention_periods_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_answers" ADD CONSTRAINT "story_answers_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_answers" ADD CONSTRAINT "story_answers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_answers" ADD CONSTRAINT "story_answers_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_initiatives" ADD CONSTRAINT "story_initiatives_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_initiatives" ADD CONSTRAINT "story_initiatives_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_processes" ADD CONSTRAINT "story_processes_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_processes" ADD CONSTRAINT "story_processes_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_reports" ADD CONSTRAINT "story_reports_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_shifts" ADD CONSTRAINT "story_shifts_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_statements" ADD CONSTRAINT "story_statements_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_statements" ADD CONSTRAINT "story_statements_vision_item_id_vision_items_id_fk" FOREIGN KEY ("vision_item_id") REFERENCES "public"."vision_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stories_county_code_status_index" ON "stories" USING btree ("county_code","status");--> statement-breakpoint
CREATE INDEX "story_initiatives_initiative_id_index" ON "story_initiatives" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "story_processes_process_id_index" ON "story_processes" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "story_statements_vision_item_id_index" ON "story_statements" USING btree ("vision_item_id");