CREATE TABLE `export_jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`organization_id` integer NOT NULL,
	`kind` text NOT NULL,
	`format` text NOT NULL,
	`params` text NOT NULL,
	`request_key` text NOT NULL,
	`status` text NOT NULL,
	`progress` integer DEFAULT 0 NOT NULL,
	`runs` integer DEFAULT 0 NOT NULL,
	`error` text,
	`title` text NOT NULL,
	`file_name` text,
	`size_bytes` integer,
	`row_count` integer,
	`requested_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`started_at` integer,
	`finished_at` integer,
	`expires_at` integer,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `export_jobs_org_created` ON `export_jobs` (`organization_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `export_jobs_status_expires` ON `export_jobs` (`status`,`expires_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `export_jobs_active_request` ON `export_jobs` (`request_key`) WHERE status in ('queued', 'running');
