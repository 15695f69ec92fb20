-- People who log in, their per-convention memberships, and failed logins (for the throttle).
CREATE TABLE account (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    updated_by     VARCHAR(100) NOT NULL,
    username       VARCHAR(100) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    email          VARCHAR(254),
    organisation   VARCHAR(200),
    password_hash  VARCHAR(255) NOT NULL,
    platform_admin BOOLEAN      NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    CONSTRAINT uk_account_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE membership (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    account_id    BIGINT       NOT NULL,
    convention_id BIGINT       NOT NULL,
    role          VARCHAR(40)  NOT NULL,
    committee     VARCHAR(40),
    seat          VARCHAR(20),
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_membership_account_convention (account_id, convention_id),
    INDEX ix_membership_convention (convention_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE login_failure (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    username    VARCHAR(100) NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    INDEX ix_login_failure_username (username, occurred_at),
    INDEX ix_login_failure_occurred (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
