CREATE TABLE `round_awards` (
	`round_id` integer NOT NULL,
	`participant_id` text NOT NULL,
	`rank` integer NOT NULL,
	`tier` text NOT NULL,
	`label` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`round_id`, `participant_id`),
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `staff_memberships` (
	`user_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`role` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `organization_id`),
	FOREIGN KEY (`user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `staff_memberships_org` ON `staff_memberships` (`organization_id`);--> statement-breakpoint
CREATE TABLE `staff_sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`absolute_expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `staff_sessions_user` ON `staff_sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `staff_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`platform_admin` integer DEFAULT false NOT NULL,
	`disabled_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_users_email_unique` ON `staff_users` (`email`);--> statement-breakpoint
ALTER TABLE `contests` ADD `banner_url` text;--> statement-breakpoint
ALTER TABLE `contests` ADD `ranking_tiebreakers` text DEFAULT '["prediction","duration","submittedAt"]' NOT NULL;--> statement-breakpoint
ALTER TABLE `contests` ADD `one_prize_per_person` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `contests` ADD `collective_prize` text;--> statement-breakpoint
ALTER TABLE `contests` ADD `cloned_from_id` integer REFERENCES contests(id);--> statement-breakpoint
ALTER TABLE `legal_fields` ADD `organization_id` integer REFERENCES organizations(id);--> statement-breakpoint
ALTER TABLE `participants` ADD `disqualified_reason` text;--> statement-breakpoint
ALTER TABLE `participants` ADD `disqualified_by` integer;--> statement-breakpoint
ALTER TABLE `question_versions` ADD `title` text;--> statement-breakpoint
ALTER TABLE `question_versions` ADD `source` text;--> statement-breakpoint
ALTER TABLE `question_versions` ADD `created_by` integer REFERENCES staff_users(id);--> statement-breakpoint
ALTER TABLE `round_results` ADD `final_rank` integer;--> statement-breakpoint
ALTER TABLE `rounds` ADD `show_answers` text;--> statement-breakpoint
ALTER TABLE `rounds` ADD `results_published_at` integer;--> statement-breakpoint
-- Diacritic-insensitive question search. rowid is the question id; body is the latest version's text,
-- options, explanation and citation folded by foldVietnamese (which also maps đ to d, something
-- unicode61's remove_diacritics cannot do), kept in step by the question bank in the same transaction.
CREATE VIRTUAL TABLE `question_search` USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
