CREATE TABLE "population_projections" (
	"area_id" varchar(4) NOT NULL,
	"source" text NOT NULL,
	"base_year" smallint NOT NULL,
	"age_group" text NOT NULL,
	"year" smallint NOT NULL,
	"value" double precision NOT NULL,
	"origin" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "population_projections_area_id_source_base_year_age_group_year_pk" PRIMARY KEY("area_id","source","base_year","age_group","year")
);
