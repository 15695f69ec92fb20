-- Convocations people answer (issue #18): a personal link per convened person and meeting (only its SHA-256 kept),
-- who opened it and when they answered; the iCalendar sequence of each meeting; quorum and proxy rules per committee.
CREATE TABLE convocation (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    meeting_id    BIGINT       NOT NULL,
    account_id    BIGINT       NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    sent_at       DATETIME(6)  NOT NULL,
    opened_at     DATETIME(6)  NULL,
    answered_at   DATETIME(6)  NULL,
    reminded_at   DATETIME(6)  NULL,
    CONSTRAINT uk_convocation_person UNIQUE (meeting_id, account_id),
    CONSTRAINT uk_convocation_token UNIQUE (token_hash),
    CONSTRAINT fk_convocation_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_convocation_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE meeting
    ADD COLUMN ics_sequence  INT     NOT NULL DEFAULT 0,
    ADD COLUMN quorum_needed INT     NULL,
    ADD COLUMN quorum_count  INT     NULL,
    ADD COLUMN quorum_reached BOOLEAN NULL;

ALTER TABLE committee
    ADD COLUMN quorum_percent INT NULL,
    ADD COLUMN max_proxies    INT NOT NULL DEFAULT 1;

ALTER TABLE attendance
    ADD COLUMN answered_at DATETIME(6) NULL;
