ALTER TYPE "public"."retention_purpose" ADD VALUE 'lived_experience_offers';--> statement-breakpoint
CREATE TABLE "campaign_answers" (
	"id" serial PRIMARY KEY NOT NULL,
	"campaign_id" integer NOT NULL,
	"answer" text,
	"municipality_id" integer,
	"age_band" "age_band",
	"consent_quote" boolean DEFAULT false NOT NULL,
	"consent_text_version" text NOT NULL,
	"received_on" date NOT NULL,
	"theme_id" integer,
	"quoted" boolean DEFAULT false NOT NULL,
	CONSTRAINT "campaign_answers_quote_needs_consent" CHECK (not "campaign_answers"."quoted" or "campaign_answers"."consent_quote")
);
--> statement-breakpoint
CREATE TABLE "campaign_themes" (
	"id" serial PRIMARY KEY NOT NULL,
	"campaign_id" integer NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"question" text NOT NULL,
	"introduction" text DEFAULT '' NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"municipality_id" integer,
	"age_band" "age_band",
	"created_by" integer,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_period" CHECK ("campaigns"."opens_on" <= "campaigns"."closes_on")
);
--> statement-breakpoint
CREATE TABLE "lived_experience_offers" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"name" text NOT NULL,
	"contact" text NOT NULL,
	"experience" text NOT NULL,
	"care_kind" "care_kind" NOT NULL,
	"municipality_id" integer,
	"consent_text_version" text NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participant_assignments" (
	"id" serial PRIMARY KEY NOT NULL,
	"request_id" integer NOT NULL,
	"offer_id" integer NOT NULL,
	"paid" boolean NOT NULL,
	"terms" text DEFAULT '' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participant_assignments_requestId_offerId_unique" UNIQUE("request_id","offer_id")
);
--> statement-breakpoint
CREATE TABLE "participant_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"county_code" varchar(2) NOT NULL,
	"process_id" integer,
	"initiative_id" integer,
	"task" text NOT NULL,
	"care_kind" "care_kind",
	"wanted" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participant_requests_one_subject" CHECK (("participant_requests"."process_id" is null) <> ("participant_requests"."initiative_id" is null)),
	CONSTRAINT "participant_requests_wanted" CHECK ("participant_requests"."wanted" between 1 and 50)
);
--> statement-breakpoint
ALTER TABLE "campaign_answers" ADD CONSTRAINT "campaign_answers_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_answers" ADD CONSTRAINT "campaign_answers_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_answers" ADD CONSTRAINT "campaign_answers_theme_id_campaign_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."campaign_themes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_themes" ADD CONSTRAINT "campaign_themes_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lived_experience_offers" ADD CONSTRAINT "lived_experience_offers_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lived_experience_offers" ADD CONSTRAINT "lived_experience_offers_municipality_id_organisations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_assignments" ADD CONSTRAINT "participant_assignments_request_id_participant_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."participant_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_assignments" ADD CONSTRAINT "participant_assignments_offer_id_lived_experience_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."lived_experience_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_assignments" ADD CONSTRAINT "participant_assignments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_requests" ADD CONSTRAINT "participant_requests_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_requests" ADD CONSTRAINT "participant_requests_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_requests" ADD CONSTRAINT "participant_requests_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_requests" ADD CONSTRAINT "participant_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_answers_campaign_id_index" ON "campaign_answers" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "campaigns_county_code_index" ON "campaigns" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "lived_experience_offers_county_code_index" ON "lived_experience_offers" USING btree ("county_code");--> statement-breakpoint
CREATE INDEX "participant_requests_county_code_index" ON "participant_requests" USING btree ("county_code");