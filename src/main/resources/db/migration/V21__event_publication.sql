-- Spring Modulith's event publication registry (JPA), used as the mail outbox (security review, hole 7): a mail is
-- a row written in the business transaction, sent after its commit, deleted once the server took it, retried
-- while it failed. Columns as DefaultJpaEventPublication (spring-modulith-events-jpa 2.0.3) maps them.
CREATE TABLE event_publication (
    id                     UUID         NOT NULL,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       MEDIUMTEXT   COLLATE utf8mb4_bin NOT NULL,
    publication_date       DATETIME(6)  NOT NULL,
    completion_date        DATETIME(6)  NULL,
    status                 VARCHAR(20)  NULL,
    completion_attempts    INT          NOT NULL DEFAULT 0,
    last_resubmission_date DATETIME(6)  NULL,
    PRIMARY KEY (id),
    INDEX ix_event_publication_completion (completion_date, publication_date),
    INDEX ix_event_publication_status (status, publication_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
