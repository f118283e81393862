CREATE TABLE `datasets` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`publisher` text NOT NULL,
	`licence` text NOT NULL,
	`licence_url` text,
	`attribution` text NOT NULL,
	`stand` text NOT NULL,
	`source_urls` text NOT NULL,
	`caveats` text DEFAULT '' NOT NULL,
	`record_count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `institutions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`sector` text NOT NULL,
	`type` text NOT NULL,
	`types` text NOT NULL,
	`type_detail` text,
	`carrier` text,
	`street` text,
	`postcode` text,
	`town` text,
	`municipality_ags` text,
	`lat` real,
	`lng` real,
	`geo_precision` text,
	`geo_source` text,
	`phone` text,
	`email` text,
	`website` text,
	`description` text,
	`target_group` text,
	`age_min` integer,
	`age_max` integer,
	`facts` text DEFAULT '{}' NOT NULL,
	`dataset_id` text NOT NULL,
	`source_ref` text NOT NULL,
	`source_urls` text NOT NULL,
	`licence` text NOT NULL,
	`stand` text NOT NULL,
	`status` text DEFAULT 'published' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`municipality_ags`) REFERENCES `municipalities`(`ags`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dataset_id`) REFERENCES `datasets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `institutions_slug_unique` ON `institutions` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `institutions_source_ref_unique` ON `institutions` (`source_ref`);--> statement-breakpoint
CREATE INDEX `institutions_municipality_idx` ON `institutions` (`municipality_ags`);--> statement-breakpoint
CREATE INDEX `institutions_sector_idx` ON `institutions` (`sector`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `municipalities` (
	`ags` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`population` integer NOT NULL,
	`area_km2` real NOT NULL,
	`label_lat` real NOT NULL,
	`label_lng` real NOT NULL,
	`boundary` text NOT NULL,
	`osm_relation_id` integer,
	`dataset_id` text NOT NULL,
	FOREIGN KEY (`dataset_id`) REFERENCES `datasets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `municipalities_slug_unique` ON `municipalities` (`slug`);--> statement-breakpoint
CREATE TABLE `offers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`institution_id` integer,
	`sector` text NOT NULL,
	`type` text NOT NULL,
	`topics` text NOT NULL,
	`audiences` text NOT NULL,
	`age_min` integer,
	`age_max` integer,
	`description` text,
	`target_group` text,
	`website` text,
	`phone` text,
	`street` text,
	`postcode` text,
	`town` text,
	`municipality_ags` text,
	`lat` real,
	`lng` real,
	`geo_precision` text,
	`geo_source` text,
	`dataset_id` text NOT NULL,
	`source_ref` text NOT NULL,
	`source_urls` text NOT NULL,
	`licence` text NOT NULL,
	`stand` text NOT NULL,
	`status` text DEFAULT 'published' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`municipality_ags`) REFERENCES `municipalities`(`ags`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dataset_id`) REFERENCES `datasets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `offers_slug_unique` ON `offers` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `offers_source_ref_unique` ON `offers` (`source_ref`);--> statement-breakpoint
CREATE INDEX `offers_municipality_idx` ON `offers` (`municipality_ags`);--> statement-breakpoint
CREATE TABLE `postcodes` (
	`postcode` text NOT NULL,
	`municipality_ags` text NOT NULL,
	`dataset_id` text NOT NULL,
	PRIMARY KEY(`postcode`, `municipality_ags`),
	FOREIGN KEY (`municipality_ags`) REFERENCES `municipalities`(`ags`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dataset_id`) REFERENCES `datasets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `search_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`operation` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`processed_at` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text
);
--> statement-breakpoint
CREATE INDEX `search_outbox_pending_idx` ON `search_outbox` (`processed_at`,`id`);