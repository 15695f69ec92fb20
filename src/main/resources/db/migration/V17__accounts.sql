-- Accounts: language (UI and every e-mail), the Caf a person belongs to, a stamp raised when the password
-- changes or the account is disabled (older sessions end at their next request), the demo flag, erasure
-- (the row stays as a tombstone without personal data, so that history keeps pointing at it).
ALTER TABLE account
    ADD COLUMN language VARCHAR(5) NOT NULL DEFAULT 'fr',
    ADD COLUMN home_caf_id BIGINT,
    ADD COLUMN session_stamp INT NOT NULL DEFAULT 0,
    ADD COLUMN password_changed_at DATETIME(6),
    ADD COLUMN last_login_at DATETIME(6),
    ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN erased_at DATETIME(6),
    ADD CONSTRAINT fk_account_home_caf FOREIGN KEY (home_caf_id) REFERENCES caf (id) ON DELETE SET NULL,
    ADD INDEX ix_account_email (email);
UPDATE account SET demo = TRUE WHERE email LIKE '%@demo.ctg.invalid';

-- Forgotten password: a single-use link valid one hour; only the SHA-256 of its secret is kept.
CREATE TABLE password_reset (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    account_id   BIGINT       NOT NULL,
    token_sha256 CHAR(64)     NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    used_at      DATETIME(6),
    CONSTRAINT uk_password_reset_token UNIQUE (token_sha256),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- First start: the single-use address that creates the first platform administrator (valid 24 h).
CREATE TABLE setup_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    token_sha256 CHAR(64)     NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    used_at      DATETIME(6),
    CONSTRAINT uk_setup_token UNIQUE (token_sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
