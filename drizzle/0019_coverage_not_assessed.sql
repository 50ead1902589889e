-- "Ej bedömt": no one has recorded how a process stands with an area. The migrator runs every
-- pending migration in one transaction, and a value added with ALTER TYPE ... ADD VALUE cannot be
-- used before that transaction commits; so the type is made anew (a type created in the same
-- transaction may be used at once), and the column moves over to it.
ALTER TYPE "public"."coverage_state" RENAME TO "coverage_state_before_not_assessed";--> statement-breakpoint
CREATE TYPE "public"."coverage_state" AS ENUM('not_assessed', 'not_considered', 'considered', 'worked_through');--> statement-breakpoint
ALTER TABLE "process_coverage" ALTER COLUMN "state" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "process_coverage" ALTER COLUMN "state" SET DATA TYPE "public"."coverage_state" USING "state"::text::"public"."coverage_state";--> statement-breakpoint
ALTER TABLE "process_coverage" ALTER COLUMN "state" SET DEFAULT 'not_assessed';--> statement-breakpoint
DROP TYPE "public"."coverage_state_before_not_assessed";--> statement-breakpoint
-- A "not considered" with nothing said of how or where is the old default (written by the seed for
-- every area no source speaks of, and by the form for every area left alone): no one assessed it.
UPDATE "process_coverage" SET "state" = 'not_assessed' WHERE "state" = 'not_considered' AND "how" = '' AND "evidence" = '';
