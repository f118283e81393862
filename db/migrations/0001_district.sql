CREATE TABLE `district` (
	`ags` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`population` integer NOT NULL,
	`area_km2` real NOT NULL,
	`boundary` text NOT NULL,
	`dataset_id` text NOT NULL,
	FOREIGN KEY (`dataset_id`) REFERENCES `datasets`(`id`) ON UPDATE no action ON DELETE no action
);
