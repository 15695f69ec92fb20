-- E-mail reminders already sent: one row per reminder key (item, date, person), so that a reminder is
-- never sent twice, even across restarts.
CREATE TABLE reminder_sent (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    reminder_key VARCHAR(200) NOT NULL,
    account_id   BIGINT       NOT NULL,
    CONSTRAINT uk_reminder_key UNIQUE (reminder_key),
    CONSTRAINT fk_reminder_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
