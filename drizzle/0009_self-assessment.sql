CREATE TYPE "public"."assessment_dimension_kind" AS ENUM('focus_shift', 'development_area', 'citizen_statement', 'nara_concept');--> statement-breakpoint
CREATE TYPE "public"."assessment_round_mode" AS ENUM('codes', 'link');--> statement-breakpoint
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
CREATE INDEX "assessment_answers_round_id_index" ON "assessment_answers" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "assessment_rounds_county_code_closes_on_index" ON "assessment_rounds" USING btree ("county_code","closes_on");--> statement-breakpoint
CREATE INDEX "assessment_statements_template_id_index" ON "assessment_statements" USING btree ("template_id");