CREATE TYPE "public"."reflection_evidence_kind" AS ENUM('indicator', 'initiative', 'story', 'barrier');--> statement-breakpoint
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
ALTER TABLE "reflection_evidence" ADD CONSTRAINT "reflection_evidence_reflection_id_reflections_id_fk" FOREIGN KEY ("reflection_id") REFERENCES "public"."reflections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reflection_evidence_kind_target_id_index" ON "reflection_evidence" USING btree ("kind","target_id");--> statement-breakpoint
CREATE INDEX "reflections_county_code_written_on_index" ON "reflections" USING btree ("county_code","written_on");