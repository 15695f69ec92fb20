-- Personal iCal feed: one secret per person (only its SHA-256 is kept); deleting it revokes the old URL.
CREATE TABLE calendar_token (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    account_id BIGINT       NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    CONSTRAINT uk_calendar_token_account UNIQUE (account_id),
    CONSTRAINT uk_calendar_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_calendar_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
