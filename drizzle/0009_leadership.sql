CREATE TYPE "public"."action_origin" AS ENUM('meeting', 'barrier', 'reflection', 'self_assessment', 'other');--> statement-breakpoint
CREATE TYPE "public"."action_status" AS ENUM('open', 'in_progress', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."barrier_kind" AS ENUM('laws_rules', 'agreements_payment', 'money_between_principals', 'digital_systems', 'ways_of_working', 'other');--> statement-breakpoint
CREATE TYPE "public"."barrier_status" AS ENUM('new', 'taken_up', 'being_resolved', 'resolved', 'remains');--> statement-breakpoint
CREATE TYPE "public"."agenda_link" AS ENUM('none', 'indicator', 'initiative', 'process', 'barrier');--> statement-breakpoint
CREATE TYPE "public"."agenda_outcome" AS ENUM('information', 'decision', 'action');--> statement-breakpoint
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
ALTER TABLE "action_digest_opt_outs" ADD CONSTRAINT "action_digest_opt_outs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_steps" ADD CONSTRAINT "barrier_steps_barrier_id_barriers_id_fk" FOREIGN KEY ("barrier_id") REFERENCES "public"."barriers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_steps" ADD CONSTRAINT "barrier_steps_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barrier_steps" ADD CONSTRAINT "barrier_steps_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_raised_by_user_id_users_id_fk" FOREIGN KEY ("raised_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barriers" ADD CONSTRAINT "barriers_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_source_source_documents_file_name_fk" FOREIGN KEY ("source") REFERENCES "public"."source_documents"("file_name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "actions_county_code_due_on_index" ON "actions" USING btree ("county_code","due_on");--> statement-breakpoint
CREATE INDEX "actions_owner_user_id_index" ON "actions" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "barrier_steps_barrier_id_index" ON "barrier_steps" USING btree ("barrier_id");--> statement-breakpoint
CREATE INDEX "barriers_county_code_status_index" ON "barriers" USING btree ("county_code","status");--> statement-breakpoint
CREATE INDEX "agenda_items_meeting_id_index" ON "agenda_items" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meetings_county_code_held_on_index" ON "meetings" USING btree ("county_code","held_on");