-- The audit journal: append-only (the trigger refuses any UPDATE; rows leave only when older than the
-- retention setting). Who (an account id, or what was typed for an unknown name), when, what, which
-- convention or Caf, from which address.
CREATE TABLE journal_entry (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at        DATETIME(6)   NOT NULL,
    kind               VARCHAR(40)   NOT NULL,
    actor_account_id   BIGINT,
    actor_label        VARCHAR(200),
    convention_id      BIGINT,
    caf_id             BIGINT,
    subject_account_id BIGINT,
    detail             VARCHAR(1000),
    client_address     VARCHAR(45),
    INDEX ix_journal_time (occurred_at),
    INDEX ix_journal_convention (convention_id, occurred_at),
    INDEX ix_journal_caf (caf_id, occurred_at),
    INDEX ix_journal_actor (actor_account_id, occurred_at),
    INDEX ix_journal_subject (subject_account_id, occurred_at),
    INDEX ix_journal_kind (kind, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER journal_entry_append_only BEFORE UPDATE ON journal_entry
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal_entry is append-only';
