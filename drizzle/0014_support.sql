CREATE TYPE "public"."support_offer_kind" AS ENUM('course', 'programme', 'method', 'analysis', 'tool');--> statement-breakpoint
CREATE TYPE "public"."support_request_status" AS ENUM('received', 'in_progress', 'done', 'declined');--> statement-breakpoint
CREATE TABLE "course_participants" (
	"round_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"participants" integer NOT NULL,
	CONSTRAINT "course_participants_round_id_organisation_id_pk" PRIMARY KEY("round_id","organisation_id"),
	CONSTRAINT "course_participants_positive" CHECK ("course_participants"."participants" > 0)
);
--> statement-breakpoint
CREATE TABLE "course_rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"offer_id" integer NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"place" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "course_round_dates" CHECK ("course_rounds"."ends_on" is null or "course_rounds"."starts_on" <= "course_rounds"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "support_offers" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"kind" "support_offer_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"provider" text DEFAULT '' NOT NULL,
	"prerequisites" text[] DEFAULT '{}'::text[] NOT NULL,
	"development_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"link" text DEFAULT '' NOT NULL,
	"source" text,
	"source_quote" text DEFAULT '' NOT NULL,
	"source_locator" text DEFAULT '' NOT NULL,
	"seed_key" text,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_offers_seedKey_unique" UNIQUE("seed_key")
);
--> statement-breakpoint
CREATE TABLE "support_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"offer_id" integer,
	"organisation_id" integer NOT NULL,
	"workplace" text NOT NULL,
	"need" text NOT NULL,
	"development_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"requested_by" integer,
	"status" "support_request_status" DEFAULT 'received' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"visibility" "visibility" DEFAULT 'public' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "course_participants" ADD CONSTRAINT "course_participants_round_id_course_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."course_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_participants" ADD CONSTRAINT "course_participants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_rounds" ADD CONSTRAINT "course_rounds_offer_id_support_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."support_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_rounds" ADD CONSTRAINT "course_rounds_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_offers" ADD CONSTRAINT "support_offers_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_offers" ADD CONSTRAINT "support_offers_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_offer_id_support_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."support_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "course_rounds_offer_id_index" ON "course_rounds" USING btree ("offer_id");--> statement-breakpoint
CREATE INDEX "support_offers_county_code_index" ON "support_offers" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "support_requests_county_code_index" ON "support_requests" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "support_requests_requested_by_index" ON "support_requests" USING btree ("requested_by");