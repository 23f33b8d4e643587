ALTER TABLE `participants` ADD `gender` text;
--> statement-breakpoint
UPDATE `contests` SET `registration_fields` = json_set(`registration_fields`, '$.gender', 'off') WHERE json_extract(`registration_fields`, '$.gender') IS NULL;
--> statement-breakpoint
CREATE TABLE `stat_round_people` (
	`round_id` integer NOT NULL,
	`participant_id` text NOT NULL,
	`organization_id` integer NOT NULL,
	`contest_id` integer NOT NULL,
	`person_key` integer NOT NULL,
	`day` integer NOT NULL,
	`unit_id` integer,
	`entrant_type` text,
	`gender` text,
	`age_band` text NOT NULL,
	`attempts` integer NOT NULL,
	PRIMARY KEY(`round_id`, `participant_id`),
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contest_id`) REFERENCES `contests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stat_round_people_person` ON `stat_round_people` (`organization_id`,`person_key`,`day`,`entrant_type`,`gender`,`age_band`);--> statement-breakpoint
CREATE INDEX `stat_round_people_month` ON `stat_round_people` (`organization_id`,("day" / 100),`person_key`,`day`);--> statement-breakpoint
CREATE INDEX `stat_round_people_year` ON `stat_round_people` (`organization_id`,("day" / 10000),`person_key`,`day`);--> statement-breakpoint
CREATE INDEX `stat_round_people_unit` ON `stat_round_people` (`organization_id`,`unit_id`,`person_key`,`day`);--> statement-breakpoint
CREATE INDEX `stat_round_people_contest` ON `stat_round_people` (`organization_id`,`contest_id`,`person_key`,`day`);--> statement-breakpoint
CREATE TABLE `stat_round_days` (
	`round_id` integer NOT NULL,
	`day` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`contest_id` integer NOT NULL,
	`attempts` integer NOT NULL,
	`submitted` integer NOT NULL,
	`finished` integer NOT NULL,
	`entrants` integer NOT NULL,
	PRIMARY KEY(`round_id`, `day`),
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contest_id`) REFERENCES `contests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stat_round_days_period` ON `stat_round_days` (`organization_id`,`day`,`attempts`,`submitted`,`finished`);--> statement-breakpoint
CREATE TABLE `stat_round_summaries` (
	`round_id` integer PRIMARY KEY NOT NULL,
	`organization_id` integer NOT NULL,
	`contest_id` integer NOT NULL,
	`summary` text NOT NULL,
	`computed_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contest_id`) REFERENCES `contests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `stat_period_aggregates` (
	`organization_id` integer NOT NULL,
	`from_day` integer NOT NULL,
	`to_day` integer NOT NULL,
	`aggregate` text NOT NULL,
	`computed_at` integer NOT NULL,
	PRIMARY KEY(`organization_id`, `from_day`, `to_day`),
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
