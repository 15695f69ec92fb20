-- One search for everything (#18): MariaDB FULLTEXT indexes on what people look for, and the text inside the files
-- (extracted with Apache Tika at upload; NULL = not extracted yet, the backfill job reads the stored file).
-- InnoDB builds one FULLTEXT index per statement.
ALTER TABLE document ADD COLUMN content_text MEDIUMTEXT NULL;

ALTER TABLE document ADD FULLTEXT INDEX ft_document (title, description, deliberation_number, content_text);
ALTER TABLE objective ADD FULLTEXT INDEX ft_objective (title, description);
ALTER TABLE objective_comment ADD FULLTEXT INDEX ft_objective_comment (body);
ALTER TABLE minutes ADD FULLTEXT INDEX ft_minutes (title, committee_name, search_text);
ALTER TABLE meeting ADD FULLTEXT INDEX ft_meeting (title, place);
ALTER TABLE agenda_item ADD FULLTEXT INDEX ft_agenda_item (title, presenter);
ALTER TABLE indicator ADD FULLTEXT INDEX ft_indicator (code, name, definition);
