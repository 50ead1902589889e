ALTER TABLE "api_tokens" ADD COLUMN "organisation_id" integer;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "seed_key" text;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "seed_key" text;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "seed_key" text;--> statement-breakpoint
ALTER TABLE "processes" ADD COLUMN "seed_key" text;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD COLUMN "seed_key" text;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_seedKey_unique" UNIQUE("seed_key");--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_seedKey_unique" UNIQUE("seed_key");--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_seedKey_unique" UNIQUE("seed_key");--> statement-breakpoint
ALTER TABLE "processes" ADD CONSTRAINT "processes_seedKey_unique" UNIQUE("seed_key");--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_seedKey_unique" UNIQUE("seed_key");