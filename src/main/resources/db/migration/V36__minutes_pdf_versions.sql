-- Published minutes' PDFs: one per language (the reader's), and a new version each time an erratum is added
-- after publication (the erratum travels in the PDF). The PDF written at publication so far becomes version 1
-- in French.
ALTER TABLE minutes_pdf DROP FOREIGN KEY fk_pdf_minutes;
ALTER TABLE minutes_pdf DROP PRIMARY KEY;
ALTER TABLE minutes_pdf
    ADD COLUMN id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST,
    ADD COLUMN version    INT         NOT NULL DEFAULT 1 AFTER minutes_id,
    ADD COLUMN language   VARCHAR(8)  NOT NULL DEFAULT 'fr' AFTER version,
    ADD COLUMN errata     INT         NOT NULL DEFAULT 0 AFTER language,
    ADD COLUMN created_at DATETIME(6) NULL AFTER errata;
ALTER TABLE minutes_pdf
    ADD CONSTRAINT uq_minutes_pdf_version UNIQUE (minutes_id, version, language),
    ADD CONSTRAINT fk_pdf_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id) ON DELETE CASCADE;
