CREATE TABLE `integrity_signals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contest_id` integer NOT NULL,
	`participant_id` text NOT NULL,
	`attempt_id` text,
	`kind` text NOT NULL,
	`ip_hash` text NOT NULL,
	`device_hash` text,
	`ua_hash` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`contest_id`) REFERENCES `contests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`attempt_id`) REFERENCES `attempts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `integrity_signals_contest_device` ON `integrity_signals` (`contest_id`,`device_hash`);--> statement-breakpoint
CREATE INDEX `integrity_signals_contest_ip` ON `integrity_signals` (`contest_id`,`ip_hash`,`at`);--> statement-breakpoint
CREATE INDEX `integrity_signals_attempt` ON `integrity_signals` (`attempt_id`);--> statement-breakpoint
CREATE TABLE `integrity_settings` (
	`contest_id` integer PRIMARY KEY NOT NULL,
	`weights` text NOT NULL,
	`threshold` integer NOT NULL,
	`updated_by` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`contest_id`) REFERENCES `contests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `integrity_attempt_scores` (
	`attempt_id` text PRIMARY KEY NOT NULL,
	`participant_id` text NOT NULL,
	`round_id` integer NOT NULL,
	`score` integer NOT NULL,
	`evidence` text NOT NULL,
	`computed_at` integer NOT NULL,
	FOREIGN KEY (`attempt_id`) REFERENCES `attempts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `integrity_attempt_scores_participant` ON `integrity_attempt_scores` (`participant_id`);--> statement-breakpoint
CREATE TABLE `integrity_reviews` (
	`contest_id` integer NOT NULL,
	`participant_id` text NOT NULL,
	`score` integer NOT NULL,
	`evidence` text NOT NULL,
	`computed_at` integer NOT NULL,
	`decision` text,
	`decision_reason` text,
	`decided_by` integer,
	`decided_at` integer,
	PRIMARY KEY(`contest_id`, `participant_id`),
	FOREIGN KEY (`contest_id`) REFERENCES `contests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `integrity_reviews_score` ON `integrity_reviews` (`contest_id`,`score`);
