CREATE INDEX `participants_disqualified` ON `participants` (`contest_id`,`id`) WHERE disqualified_at IS NOT NULL;--> statement-breakpoint
CREATE TABLE `item_analysis_rounds` (
	`round_id` integer PRIMARY KEY NOT NULL,
	`standing` text NOT NULL,
	`computed_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `item_response_cells` (
	`round_id` integer NOT NULL,
	`question_version_id` integer NOT NULL,
	`option_ids` text,
	`correct_count` integer NOT NULL,
	`question_count` integer NOT NULL,
	`attempts` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `item_analysis_rounds`(`round_id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`question_version_id`) REFERENCES `question_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `item_response_cells_round` ON `item_response_cells` (`round_id`);--> statement-breakpoint
CREATE TABLE `item_attempt_totals` (
	`round_id` integer NOT NULL,
	`correct_count` integer NOT NULL,
	`question_count` integer NOT NULL,
	`attempts` integer NOT NULL,
	PRIMARY KEY(`round_id`, `correct_count`, `question_count`),
	FOREIGN KEY (`round_id`) REFERENCES `item_analysis_rounds`(`round_id`) ON UPDATE no action ON DELETE no action
);
