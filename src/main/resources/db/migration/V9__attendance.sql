-- Who attended a meeting: present, excused, or represented by another member (proxy).
CREATE TABLE attendance (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    meeting_id       BIGINT       NOT NULL,
    account_id       BIGINT       NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    proxy_account_id BIGINT,
    CONSTRAINT uk_attendance UNIQUE (meeting_id, account_id),
    CONSTRAINT fk_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_attendance_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_attendance_proxy FOREIGN KEY (proxy_account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
