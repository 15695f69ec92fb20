-- The login throttle counts per account (or typed name, when no account has it) and per client address, in one row
-- each, locked while an attempt is counted (security review, hole 5: per name only, and racy).
CREATE TABLE login_throttle (
    kind            VARCHAR(10)  NOT NULL,
    subject         VARCHAR(100) NOT NULL,
    attempts        INT          NOT NULL,
    last_attempt_at DATETIME(6)  NOT NULL,
    blocked_until   DATETIME(6)  NOT NULL,
    PRIMARY KEY (kind, subject),
    INDEX ix_login_throttle_last (last_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DROP TABLE login_failure;
