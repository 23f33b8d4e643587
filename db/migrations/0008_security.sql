CREATE TABLE `sign_in_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`locked_until` integer,
	`last_failure_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `contests` ADD `retention_days` integer DEFAULT 365 NOT NULL;--> statement-breakpoint
ALTER TABLE `participants` ADD `erased_at` integer;
