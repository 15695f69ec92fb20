-- Co-editing of objectives: sub-objectives with weights, dates, expected results, pilots (accounts or
-- named people), the Envers history of every saved version, the discussion and notifications.
ALTER TABLE objective
    ADD COLUMN parent_id        BIGINT NULL AFTER field_id,
    ADD COLUMN weight           INT    NOT NULL DEFAULT 1 AFTER progress,
    ADD COLUMN start_date       DATE   NULL AFTER weight,
    ADD COLUMN planned_end_date DATE   NULL AFTER start_date,
    ADD COLUMN expected_results TEXT   NULL AFTER planned_end_date,
    ADD CONSTRAINT fk_objective_parent FOREIGN KEY (parent_id) REFERENCES objective (id),
    ADD CONSTRAINT ck_objective_weight CHECK (weight BETWEEN 1 AND 100);

CREATE TABLE objective_pilot_account (
    objective_id BIGINT NOT NULL,
    account_id   BIGINT NOT NULL,
    PRIMARY KEY (objective_id, account_id),
    CONSTRAINT fk_opa_objective FOREIGN KEY (objective_id) REFERENCES objective (id) ON DELETE CASCADE,
    CONSTRAINT fk_opa_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE objective_pilot_name (
    objective_id BIGINT       NOT NULL,
    person_name  VARCHAR(200) NOT NULL,
    PRIMARY KEY (objective_id, person_name),
    CONSTRAINT fk_opn_objective FOREIGN KEY (objective_id) REFERENCES objective (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Envers: one row per revision (who, when), then the audited state of each objective per revision.
CREATE TABLE audit_revision (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    revision_timestamp BIGINT       NOT NULL,
    username           VARCHAR(100) NOT NULL,
    display_name       VARCHAR(200) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE objective_aud (
    id               BIGINT       NOT NULL,
    rev              BIGINT       NOT NULL,
    revtype          TINYINT,
    version          BIGINT,
    created_at       DATETIME(6),
    created_by       VARCHAR(100),
    updated_at       DATETIME(6),
    updated_by       VARCHAR(100),
    convention_id    BIGINT,
    field_id         BIGINT,
    parent_id        BIGINT,
    position         INT,
    title            VARCHAR(300),
    description      TEXT,
    status           VARCHAR(20),
    progress         INT,
    weight           INT,
    start_date       DATE,
    planned_end_date DATE,
    expected_results TEXT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_objective_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE objective_thematic_group_aud (
    rev               BIGINT NOT NULL,
    revtype           TINYINT,
    objective_id      BIGINT NOT NULL,
    thematic_group_id BIGINT NOT NULL,
    PRIMARY KEY (rev, objective_id, thematic_group_id),
    CONSTRAINT fk_otg_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE objective_pilot_account_aud (
    rev          BIGINT NOT NULL,
    revtype      TINYINT,
    objective_id BIGINT NOT NULL,
    account_id   BIGINT NOT NULL,
    PRIMARY KEY (rev, objective_id, account_id),
    CONSTRAINT fk_opa_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE objective_pilot_name_aud (
    rev          BIGINT       NOT NULL,
    revtype      TINYINT,
    objective_id BIGINT       NOT NULL,
    person_name  VARCHAR(200) NOT NULL,
    PRIMARY KEY (rev, objective_id, person_name),
    CONSTRAINT fk_opn_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE objective_comment (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    updated_by        VARCHAR(100) NOT NULL,
    objective_id      BIGINT       NOT NULL,
    author_account_id BIGINT       NOT NULL,
    author_name       VARCHAR(200) NOT NULL,
    body              TEXT         NOT NULL,
    CONSTRAINT fk_comment_objective FOREIGN KEY (objective_id) REFERENCES objective (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_author FOREIGN KEY (author_account_id) REFERENCES account (id),
    INDEX ix_comment_objective (objective_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    account_id    BIGINT       NOT NULL,
    convention_id BIGINT       NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    actor_name    VARCHAR(200) NOT NULL,
    subject       VARCHAR(300) NOT NULL,
    link          VARCHAR(300) NOT NULL,
    read_at       DATETIME(6)  NULL,
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_notification_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE,
    INDEX ix_notification_account (account_id, read_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
