CREATE TYPE "public"."action_origin" AS ENUM('meeting', 'barrier', 'reflection', 'self_assessment', 'other');--> statement-breakpoint
CREATE TYPE "public"."action_status" AS ENUM('open', 'in_progress', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."agreement_kind" AS ENUM('agreement', 'guideline');--> statement-breakpoint
CREATE TYPE "public"."agreement_status" AS ENUM('draft', 'in_force', 'under_revision', 'ended');--> statement-breakpoint
CREATE TYPE "public"."barrier_kind" AS ENUM('laws_rules', 'agreements_payment', 'money_between_principals', 'digital_systems', 'ways_of_working', 'other');--> statement-breakpoint
CREATE TYPE "public"."barrier_status" AS ENUM('new', 'taken_up', 'being_resolved', 'resolved', 'remains');--> statement-breakpoint
CREATE TYPE "public"."good_example_status" AS ENUM('nominated', 'promising', 'proven', 'declined');--> statement-breakpoint
CREATE TYPE "public"."agenda_link" AS ENUM('none', 'indicator', 'initiative', 'process', 'barrier');--> statement-breakpoint
CREATE TYPE "public"."agenda_outcome" AS ENUM('information', 'decision', 'action');--> statement-breakpoint
CREATE TYPE "public"."retention_purpose" AS ENUM('rejected_stories', 'story_originals', 'story_reports', 'campaign_answers');--> statement-breakpoint
CREATE TYPE "public"."assessment_dimension_kind" AS ENUM('focus_shift', 'development_area', 'citizen_statement', 'nara_concept');--> statement-breakpoint
CREATE TYPE "public"."assessment_round_mode" AS ENUM('codes', 'link');--> statement-breakpoint
CREATE TYPE "public"."age_band" AS ENUM('0-17', '18-29', '30-49', '50-64', '65-79', '80+');--> statement-breakpoint
CREATE TYPE "public"."care_kind" AS ENUM('primary_care', 'hospital', 'psychiatry', 'municipal_health', 'elderly_care', 'social_services', 'dental', 'other');--> statement-breakpoint
CREATE TYPE "public"."consent_basis" AS ENUM('form', 'published_source');--> statement-breakpoint
CREATE TYPE "public"."story_author_kind" AS ENUM('citizen', 'relative', 'staff');--> statement-breakpoint
CREATE TYPE "public"."story_status" AS ENUM('pending', 'published', 'rejected', 'hidden');--> statement-breakpoint
ALTER TYPE "public"."role" ADD VALUE 'moderator';--> statement-breakpoint
CREATE TABLE "action_digest_opt_outs" (
	"user_id" integer PRIMARY KEY NOT NULL,
	"opted_out_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "actions" (
	"id" serial PRIMARY KEY NOT NULL,
	"seed_key" text,
	"county_code" varchar(2) NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_organisation_id" integer NOT NULL,
	"owner_user_id" integer NOT NULL,
	"due_on" date NOT NULL,
	"status" "action_status" DEFAULT 'open' NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"origin" "action_origin" DEFAULT 'other' NOT NULL,
	"origin_id" integer,
	"source" text,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "actions_seedKey_unique" UNIQUE("seed_key")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"kind" "agreement_kind" NOT NULL,
	"title" text NOT NULL,
	"party_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"other_parties" text[] DEFAULT '{}'::text[] NOT NULL,
	"scope" text DEFAULT '' NOT NULL,
	"owner_group_id" integer,
	"valid_from" date,
	"valid_to" date,
	"next_review_on" date,
	"status" "agreement_status" NOT NULL,
	"document_url" text DEFAULT '' NOT NULL,
	"decision_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_validity" CHECK ("agreements"."valid_from" is null or "agreements"."valid_to" is null or "agreements"."valid_from" <= "agreements"."valid_to")
);
--> statement-breakpoint
CREATE TABLE "barrier_steps" (
	"id" serial PRIMARY KEY NOT NULL,
	"barrier_id" integer NOT NULL,
	"status" "barrier_status" NOT NULL,
	"on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"decision_id" integer,
	"by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "barriers" (
	"id" serial PRIMARY KEY NOT NULL,
	"seed_key" text,
	"county_code" varchar(2) NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"met_where" text DEFAULT '' NOT NULL,
	"kind" "barrier_kind" NOT NULL,
	"process_id" integer,
	"initiative_id" integer,
	"status" "barrier_status" DEFAULT 'new' NOT NULL,
	"raised_by_user_id" integer,
	"raised_on" date NOT NULL,
	"decision_id" integer,
	"source" text,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "barriers_seedKey_unique" UNIQUE("seed_key")
);
--> statement-breakpoint
CREATE TABLE "good_example_reuses" (
	"id" serial PRIMARY KEY NOT NULL,
	"good_example_id" integer NOT NULL,
	"initiative_id" integer NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "good_example_reuses_initiativeId_unique" UNIQUE("initiative_id")
);
--> statement-breakpoint
CREATE TABLE "good_examples" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"initiative_id" integer NOT NULL,
	"criteria" text[] DEFAULT '{}'::text[] NOT NULL,
	"justification" text NOT NULL,
	"status" "good_example_status" DEFAULT 'nominated' NOT NULL,
	"review_note" text DEFAULT '' NOT NULL,
	"nominated_by" integer,
	"reviewed_by" integer,
	"reviewed_at" timestamp with time zone,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "good_examples_initiativeId_unique" UNIQUE("initiative_id")
);
--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"link" "agenda_link" DEFAULT 'none' NOT NULL,
	"link_id" integer,
	"outcome" "agenda_outcome" NOT NULL,
	"decision_id" integer,
	"action_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_participants" (
	"meeting_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	CONSTRAINT "meeting_participants_meeting_id_organisation_id_pk" PRIMARY KEY("meeting_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"seed_key" text,
	"county_code" varchar(2) NOT NULL,
	"group_id" integer NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"ends_on" date,
	"place" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"source" text,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_seedKey_unique" UNIQUE("seed_key")
);
--> statement-breakpoint
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
CREATE TABLE "assessment_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" integer NOT NULL,
	"answered_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_codes" (
	"round_id" integer NOT NULL,
	"code" text NOT NULL,
	"used" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "assessment_codes_round_id_code_pk" PRIMARY KEY("round_id","code")
);
--> statement-breakpoint
CREATE TABLE "assessment_dimensions" (
	"id" serial PRIMARY KEY NOT NULL,
	"template_id" integer NOT NULL,
	"key" text NOT NULL,
	"kind" "assessment_dimension_kind" NOT NULL,
	"title" text NOT NULL,
	"roadmap_text" text DEFAULT '' NOT NULL,
	"development_area" "development_area_key",
	"focus_shift" "focus_shift_key",
	"position" smallint NOT NULL,
	"source" text,
	"quote" text DEFAULT '' NOT NULL,
	CONSTRAINT "assessment_dimensions_templateId_key_unique" UNIQUE("template_id","key")
);
--> statement-breakpoint
CREATE TABLE "assessment_rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"template_id" integer NOT NULL,
	"template_version" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"workplace" text NOT NULL,
	"manager_id" integer NOT NULL,
	"mode" "assessment_round_mode" NOT NULL,
	"token" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"closed_on" date,
	"consensus" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"next_steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_rounds_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "assessment_scores" (
	"answer_id" uuid NOT NULL,
	"statement_id" integer NOT NULL,
	"score" smallint,
	CONSTRAINT "assessment_scores_answer_id_statement_id_pk" PRIMARY KEY("answer_id","statement_id"),
	CONSTRAINT "assessment_score_range" CHECK ("assessment_scores"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "assessment_statements" (
	"id" serial PRIMARY KEY NOT NULL,
	"template_id" integer NOT NULL,
	"dimension_id" integer NOT NULL,
	"text" text NOT NULL,
	"position" smallint NOT NULL,
	"source" text,
	"quote" text DEFAULT '' NOT NULL,
	"added_in_version" integer DEFAULT 1 NOT NULL,
	"retired_in_version" integer
);
--> statement-breakpoint
CREATE TABLE "assessment_templates" (
	"id" serial PRIMARY KEY NOT NULL,
	"seed_key" text,
	"county_code" varchar(2) NOT NULL,
	"title" text NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"source" text,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_templates_seedKey_unique" UNIQUE("seed_key")
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
ALTER TABLE "action_digest_opt_outs" ADD CONSTRAINT "action_digest_opt_outs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_owner_group_id_groups_id_fk" FOREIGN KEY ("owner_group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_steps" ADD CONSTRAINT "barrier_steps_barrier_id_barriers_id_fk" FOREIGN KEY ("barrier_id") REFERENCES "public"."barriers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_steps" ADD CONSTRAINT "barrier_steps_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_steps" ADD CONSTRAINT "barrier_steps_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_raised_by_user_id_users_id_fk" FOREIGN KEY ("raised_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_example_reuses" ADD CONSTRAINT "good_example_reuses_good_example_id_good_examples_id_fk" FOREIGN KEY ("good_example_id") REFERENCES "public"."good_examples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_example_reuses" ADD CONSTRAINT "good_example_reuses_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_example_reuses" ADD CONSTRAINT "good_example_reuses_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_examples" ADD CONSTRAINT "good_examples_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_examples" ADD CONSTRAINT "good_examples_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_examples" ADD CONSTRAINT "good_examples_nominated_by_users_id_fk" FOREIGN KEY ("nominated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_examples" ADD CONSTRAINT "good_examples_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_periods" ADD CONSTRAINT "retention_periods_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_answers" ADD CONSTRAINT "assessment_answers_round_id_assessment_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."assessment_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_codes" ADD CONSTRAINT "assessment_codes_round_id_assessment_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."assessment_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_dimensions" ADD CONSTRAINT "assessment_dimensions_template_id_assessment_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."assessment_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_dimensions" ADD CONSTRAINT "assessment_dimensions_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_rounds" ADD CONSTRAINT "assessment_rounds_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_rounds" ADD CONSTRAINT "assessment_rounds_template_id_assessment_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."assessment_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_rounds" ADD CONSTRAINT "assessment_rounds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_rounds" ADD CONSTRAINT "assessment_rounds_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_answer_id_assessment_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."assessment_answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_statement_id_assessment_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."assessment_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_statements" ADD CONSTRAINT "assessment_statements_template_id_assessment_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."assessment_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_statements" ADD CONSTRAINT "assessment_statements_dimension_id_assessment_dimensions_id_fk" FOREIGN KEY ("dimension_id") REFERENCES "public"."assessment_dimensions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_statements" ADD CONSTRAINT "assessment_statements_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_templates" ADD CONSTRAINT "assessment_templates_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_templates" ADD CONSTRAINT "assessment_templates_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
CREATE INDEX "actions_county_code_due_on_index" ON "actions" USING btree ("county_code","due_on");--> statement-breakpoint
CREATE INDEX "actions_owner_user_id_index" ON "actions" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "agreements_county_code_index" ON "agreements" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "barrier_steps_barrier_id_index" ON "barrier_steps" USING btree ("barrier_id");--> statement-breakpoint
CREATE INDEX "barriers_county_code_status_index" ON "barriers" USING btree ("county_code","status");--> statement-breakpoint
CREATE INDEX "good_example_reuses_good_example_id_index" ON "good_example_reuses" USING btree ("good_example_id");--> statement-breakpoint
CREATE INDEX "good_examples_county_code_index" ON "good_examples" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "agenda_items_meeting_id_index" ON "agenda_items" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meetings_county_code_held_on_index" ON "meetings" USING btree ("county_code","held_on");--> statement-breakpoint
CREATE INDEX "assessment_answers_round_id_index" ON "assessment_answers" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "assessment_rounds_county_code_closes_on_index" ON "assessment_rounds" USING btree ("county_code","closes_on");--> statement-breakpoint
CREATE INDEX "assessment_statements_template_id_index" ON "assessment_statements" USING btree ("template_id");--> statement-breakpoint
CREATE INDEX "stories_county_code_status_index" ON "stories" USING btree ("county_code","status");--> statement-breakpoint
CREATE INDEX "story_initiatives_initiative_id_index" ON "story_initiatives" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "story_processes_process_id_index" ON "story_processes" USING btree ("process_id");--> statement-breakpoint
CREATE INDEX "story_statements_vision_item_id_index" ON "story_statements" USING btree ("vision_item_id");