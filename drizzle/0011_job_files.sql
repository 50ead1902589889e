CREATE TABLE "job_files" (
	"record_id" integer PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_files" ADD CONSTRAINT "job_files_record_id_import_jobs_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."import_jobs"("id") ON DELETE cascade ON UPDATE no action;