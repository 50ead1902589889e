CREATE TABLE "rate_limit_hits" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"bucket" text NOT NULL,
	"key" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "rate_limit_hits_bucket_key_at_index" ON "rate_limit_hits" USING btree ("bucket","key","at");--> statement-breakpoint
CREATE INDEX "rate_limit_hits_at_index" ON "rate_limit_hits" USING btree ("at");