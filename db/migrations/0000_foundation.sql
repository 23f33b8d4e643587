CREATE TABLE `answers` (
	`attempt_id` text NOT NULL,
	`position` integer NOT NULL,
	`option_ids` text NOT NULL,
	`client_seq` integer,
	`revisions` integer DEFAULT 1 NOT NULL,
	`first_saved_at` integer NOT NULL,
	`saved_at` integer NOT NULL,
	PRIMARY KEY(`attempt_id`, `position`),
	FOREIGN KEY (`attempt_id`) REFERENCES `attempts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `attempt_questions` (
	`attempt_id` text NOT NULL,
	`position` integer NOT NULL,
	`question_version_id` integer NOT NULL,
	`option_order` text NOT NULL,
	PRIMARY KEY(`attempt_id`, `position`),
	FOREIGN KEY (`attempt_id`) REFERENCES `attempts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`question_version_id`) REFERENCES `question_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attempt_questions_version` ON `attempt_questions` (`question_version_id`);--> statement-breakpoint
CREATE TABLE `attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`round_id` integer NOT NULL,
	`contest_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`status` text NOT NULL,
	`started_at` integer NOT NULL,
	`deadline_at` integer NOT NULL,
	`submitted_at` integer,
	`duration_ms` integer,
	`correct_count` integer,
	`score` integer,
	`max_score` integer NOT NULL,
	`prediction` integer,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contest_id`) REFERENCES `contests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attempts_participant_round_seq` ON `attempts` (`participant_id`,`round_id`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `attempts_one_in_progress` ON `attempts` (`participant_id`) WHERE status = 'in_progress';--> statement-breakpoint
CREATE INDEX `attempts_sweep` ON `attempts` (`status`,`deadline_at`);--> statement-breakpoint
CREATE INDEX `attempts_round` ON `attempts` (`round_id`,`status`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`before` text,
	`after` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_org_at` ON `audit_log` (`organization_id`,`at`);--> statement-breakpoint
CREATE TABLE `contest_units` (
	`contest_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	PRIMARY KEY(`contest_id`, `unit_id`),
	FOREIGN KEY (`contest_id`) REFERENCES `contests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `contests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`rules_md` text NOT NULL,
	`status` text NOT NULL,
	`min_age` integer,
	`registration_fields` text NOT NULL,
	`consent_text` text NOT NULL,
	`prediction_enabled` integer NOT NULL,
	`prediction_prompt` text NOT NULL,
	`show_answers` text NOT NULL,
	`points_per_question` integer DEFAULT 1 NOT NULL,
	`answer_grace_ms` integer DEFAULT 2000 NOT NULL,
	`prizes` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contests_slug_unique` ON `contests` (`slug`);--> statement-breakpoint
CREATE INDEX `contests_org` ON `contests` (`organization_id`);--> statement-breakpoint
CREATE TABLE `draw_blueprints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`legal_field_id` integer,
	`difficulty` integer,
	`count` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`legal_field_id`) REFERENCES `legal_fields`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `draw_blueprints_round` ON `draw_blueprints` (`round_id`);--> statement-breakpoint
CREATE TABLE `integrity_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`attempt_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`kind` text NOT NULL,
	`source` text NOT NULL,
	`details` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`attempt_id`) REFERENCES `attempts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `integrity_events_attempt` ON `integrity_events` (`attempt_id`);--> statement-breakpoint
CREATE INDEX `integrity_events_participant` ON `integrity_events` (`participant_id`);--> statement-breakpoint
CREATE TABLE `legal_fields` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `legal_fields_code_unique` ON `legal_fields` (`code`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_slug_unique` ON `organizations` (`slug`);--> statement-breakpoint
CREATE TABLE `participant_sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `participant_sessions_participant` ON `participant_sessions` (`participant_id`);--> statement-breakpoint
CREATE TABLE `participants` (
	`id` text PRIMARY KEY NOT NULL,
	`contest_id` integer NOT NULL,
	`phone` text NOT NULL,
	`full_name` text NOT NULL,
	`birth_date` text NOT NULL,
	`cccd_hash` text,
	`cccd_last3` text,
	`email` text,
	`unit_id` integer,
	`entrant_type` text,
	`password_hash` text NOT NULL,
	`consent_text` text NOT NULL,
	`consented_at` integer NOT NULL,
	`disqualified_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`contest_id`) REFERENCES `contests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participants_contest_phone` ON `participants` (`contest_id`,`phone`);--> statement-breakpoint
CREATE INDEX `participants_contest_cccd` ON `participants` (`contest_id`,`cccd_hash`);--> statement-breakpoint
CREATE TABLE `question_version_fields` (
	`question_version_id` integer NOT NULL,
	`legal_field_id` integer NOT NULL,
	PRIMARY KEY(`question_version_id`, `legal_field_id`),
	FOREIGN KEY (`question_version_id`) REFERENCES `question_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`legal_field_id`) REFERENCES `legal_fields`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `question_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`question_id` integer NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`text` text NOT NULL,
	`options` text NOT NULL,
	`correct_option_ids` text NOT NULL,
	`explanation` text NOT NULL,
	`citation_document` text NOT NULL,
	`citation_article` text NOT NULL,
	`difficulty` integer NOT NULL,
	`primary_field_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`primary_field_id`) REFERENCES `legal_fields`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `question_versions_qv` ON `question_versions` (`question_id`,`version`);--> statement-breakpoint
CREATE INDEX `question_versions_draw` ON `question_versions` (`status`,`primary_field_id`,`difficulty`);--> statement-breakpoint
CREATE TABLE `questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`latest_version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `questions_org` ON `questions` (`organization_id`);--> statement-breakpoint
CREATE TABLE `round_results` (
	`round_id` integer NOT NULL,
	`participant_id` text NOT NULL,
	`attempt_id` text NOT NULL,
	`score` integer NOT NULL,
	`duration_ms` integer NOT NULL,
	`submitted_at` integer NOT NULL,
	`prediction` integer,
	PRIMARY KEY(`round_id`, `participant_id`),
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`attempt_id`) REFERENCES `attempts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `round_results_rank` ON `round_results` (`round_id`,`score`,`duration_ms`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contest_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`name` text NOT NULL,
	`opens_at` integer NOT NULL,
	`closes_at` integer NOT NULL,
	`time_limit_sec` integer NOT NULL,
	`max_attempts` integer,
	`finalized_at` integer,
	`prediction_truth` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`contest_id`) REFERENCES `contests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rounds_contest_seq` ON `rounds` (`contest_id`,`seq`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`parent_id` integer,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`name_folded` text NOT NULL,
	`kind` text NOT NULL,
	`population` integer,
	`valid_from` integer,
	`valid_to` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_org_code` ON `units` (`organization_id`,`code`);--> statement-breakpoint
CREATE INDEX `units_parent` ON `units` (`parent_id`);