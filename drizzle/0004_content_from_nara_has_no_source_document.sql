ALTER TABLE "decisions" ALTER COLUMN "source" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "groups" ALTER COLUMN "source" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "roadmap_items" ALTER COLUMN "source" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "roadmaps" ALTER COLUMN "source" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "timeline_events" ALTER COLUMN "source" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "vision_items" ALTER COLUMN "source" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "visions" ALTER COLUMN "source" DROP NOT NULL;