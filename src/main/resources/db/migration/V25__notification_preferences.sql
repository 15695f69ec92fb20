-- Notification preferences (issue #18): per person and kind, how they are told; the one-click unsubscribe links of
-- the e-mails (only their SHA-256 kept); the digests sent, one per person and period, never twice.
CREATE TABLE notification_preference (
    account_id BIGINT      NOT NULL,
    kind       VARCHAR(40) NOT NULL,
    channel    VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, kind),
    CONSTRAINT fk_notification_preference_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification_unsubscribe (
    token_hash CHAR(64)    NOT NULL PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    kind       VARCHAR(40) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_notification_unsubscribe_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification_digest (
    account_id BIGINT      NOT NULL,
    period     VARCHAR(20) NOT NULL,
    sent_at    DATETIME(6) NOT NULL,
    items      INT         NOT NULL,
    PRIMARY KEY (account_id, period),
    CONSTRAINT fk_notification_digest_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
