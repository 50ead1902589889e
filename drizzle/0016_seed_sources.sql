ALTER TABLE "barriers" ALTER COLUMN "raised_on" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "barriers" ADD COLUMN "source_passage" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "source_passage" text DEFAULT '' NOT NULL;