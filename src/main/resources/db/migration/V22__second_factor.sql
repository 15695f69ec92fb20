-- A second factor for the administrators who log in with a password (security review: ASVS level 2): a TOTP secret
-- (RFC 6238), the last time step used (a code is good once), and single-use recovery codes kept as SHA-256 hashes.
CREATE TABLE second_factor (
    account_id   BIGINT      NOT NULL PRIMARY KEY,
    secret       VARCHAR(64) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    confirmed_at DATETIME(6) NULL,
    last_step    BIGINT      NOT NULL,
    CONSTRAINT fk_second_factor_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recovery_code (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT      NOT NULL,
    code_sha256 CHAR(64)    NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6) NULL,
    INDEX ix_recovery_code_account (account_id),
    CONSTRAINT fk_recovery_code_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
