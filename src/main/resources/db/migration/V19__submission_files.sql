-- A file answer to a contribution call is a typed reference to its document, never parsed out of the answer's text
-- (security review, hole 4: a text answer beginning with "#document:<id> " was taken for a file link).
CREATE TABLE submission_file (
    submission_id BIGINT NOT NULL,
    position      INT    NOT NULL,
    document_id   BIGINT NOT NULL,
    PRIMARY KEY (submission_id, position),
    CONSTRAINT fk_submission_file_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Existing file answers: only those to a FILE question (where the portal itself wrote "#document:<id> <name>");
-- the text keeps the file name alone.
INSERT INTO submission_file (submission_id, position, document_id)
SELECT a.submission_id, a.position,
       CAST(SUBSTRING(a.answer, 11, LOCATE(' ', a.answer) - 11) AS UNSIGNED)
FROM submission_answer a
         JOIN submission s ON s.id = a.submission_id
         JOIN call_question q ON q.call_id = s.call_id AND q.position = a.position
WHERE q.kind = 'FILE' AND a.answer REGEXP '^#document:[0-9]+ ';

UPDATE submission_answer a
    JOIN submission_file f ON f.submission_id = a.submission_id AND f.position = a.position
SET a.answer = SUBSTRING(a.answer, LOCATE(' ', a.answer) + 1);
