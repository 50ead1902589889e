CREATE TYPE "public"."agreement_kind" AS ENUM('agreement', 'guideline');--> statement-breakpoint
CREATE TYPE "public"."agreement_status" AS ENUM('draft', 'in_force', 'under_revision', 'ended');--> statement-breakpoint
CREATE TYPE "public"."good_example_status" AS ENUM('nominated', 'promising', 'proven', 'declined');--> statement-breakpoint
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
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_owner_group_id_groups_id_fk" FOREIGN KEY ("owner_group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_example_reuses" ADD CONSTRAINT "good_example_reuses_good_example_id_good_examples_id_fk" FOREIGN KEY ("good_example_id") REFERENCES "public"."good_examples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_example_reuses" ADD CONSTRAINT "good_example_reuses_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_example_reuses" ADD CONSTRAINT "good_example_reuses_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_examples" ADD CONSTRAINT "good_examples_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_examples" ADD CONSTRAINT "good_examples_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_examples" ADD CONSTRAINT "good_examples_nominated_by_users_id_fk" FOREIGN KEY ("nominated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_examples" ADD CONSTRAINT "good_examples_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreements_county_code_index" ON "agreements" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "good_example_reuses_good_example_id_index" ON "good_example_reuses" USING btree ("good_example_id");--> statement-breakpoint
CREATE INDEX "good_examples_county_code_index" ON "good_examples" USING btree ("county_code");