-- A notification keeps where it leads as a kind and an id, no more a route string (#17: the routes belong to the
-- features' navigation classes). Existing rows are converted from their link.
ALTER TABLE notification ADD COLUMN target_kind VARCHAR(20) NULL, ADD COLUMN target_id BIGINT NULL;

UPDATE notification SET target_kind = 'CALENDAR' WHERE link = 'calendrier';
UPDATE notification SET target_kind = 'MINUTES', target_id = CAST(SUBSTRING(link, LENGTH('comptes-rendus/') + 1) AS UNSIGNED)
    WHERE link REGEXP '^comptes-rendus/[0-9]+$';
UPDATE notification SET target_kind = 'OBJECTIVE', target_id = CAST(SUBSTRING(link, LENGTH('objectifs/') + 1) AS UNSIGNED)
    WHERE link REGEXP '^objectifs/[0-9]+$';
-- Anything else led to a page that no longer exists under that name: the calendar is the safest landing.
UPDATE notification SET target_kind = 'CALENDAR' WHERE target_kind IS NULL;

ALTER TABLE notification MODIFY target_kind VARCHAR(20) NOT NULL, DROP COLUMN link;
