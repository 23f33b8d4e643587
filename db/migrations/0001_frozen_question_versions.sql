-- A question version that an attempt has drawn is evidence of what the participant saw and how it was
-- scored: its content and key never change in place. Editing makes a new version (studio); only the
-- status may move (published -> retired). The database enforces it, whatever code path writes.
CREATE TRIGGER `question_versions_frozen_once_drawn`
BEFORE UPDATE OF `text`, `options`, `correct_option_ids`, `explanation`, `citation_document`, `citation_article`, `difficulty`, `primary_field_id`, `question_id`, `version` ON `question_versions`
WHEN EXISTS (SELECT 1 FROM `attempt_questions` WHERE `question_version_id` = OLD.`id`)
BEGIN
  SELECT RAISE(ABORT, 'QUESTION_VERSION_FROZEN: this version has been used in an attempt; create a new version instead');
END;
--> statement-breakpoint
CREATE TRIGGER `question_versions_undeletable_once_drawn`
BEFORE DELETE ON `question_versions`
WHEN EXISTS (SELECT 1 FROM `attempt_questions` WHERE `question_version_id` = OLD.`id`)
BEGIN
  SELECT RAISE(ABORT, 'QUESTION_VERSION_FROZEN: this version has been used in an attempt');
END;
