-- Minutes (comptes rendus) of held meetings: draft -> review -> approved -> published, with sections per
-- agenda item, decisions linked to objectives and deliberations, action items, anchored review remarks,
-- read receipts, errata, and the published PDF with its SHA-256. Committees get a chair (who approves).
ALTER TABLE committee ADD COLUMN chair_account_id BIGINT NULL,
    ADD CONSTRAINT fk_committee_chair FOREIGN KEY (chair_account_id) REFERENCES account (id);

CREATE TABLE minutes (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT       NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    created_by             VARCHAR(100) NOT NULL,
    updated_at             DATETIME(6)  NOT NULL,
    updated_by             VARCHAR(100) NOT NULL,
    convention_id          BIGINT       NOT NULL,
    meeting_id             BIGINT       NOT NULL,
    committee_id           BIGINT       NOT NULL,
    title                  VARCHAR(300) NOT NULL,
    committee_name         VARCHAR(200) NOT NULL,
    meeting_starts_at      DATETIME(6)  NOT NULL,
    meeting_time_zone      VARCHAR(60)  NOT NULL,
    meeting_place          VARCHAR(300),
    status                 VARCHAR(20)  NOT NULL,
    review_until           DATE,
    approved_at            DATETIME(6),
    approved_by_account_id BIGINT,
    approved_by_name       VARCHAR(200),
    approved_at_meeting_id BIGINT,
    audience               VARCHAR(20),
    include_associations   BOOLEAN      NOT NULL DEFAULT FALSE,
    published_at           DATETIME(6),
    search_text            LONGTEXT,
    CONSTRAINT uk_minutes_meeting UNIQUE (meeting_id),
    CONSTRAINT fk_minutes_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE,
    CONSTRAINT fk_minutes_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_minutes_committee FOREIGN KEY (committee_id) REFERENCES committee (id) ON DELETE CASCADE,
    CONSTRAINT fk_minutes_approver FOREIGN KEY (approved_by_account_id) REFERENCES account (id),
    INDEX ix_minutes_committee (committee_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who attended, as recorded when the minutes were opened or circulated (the reviewers are drawn from it).
CREATE TABLE minutes_attendee (
    minutes_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    account_id   BIGINT       NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    proxy_name   VARCHAR(200),
    PRIMARY KEY (minutes_id, position),
    CONSTRAINT fk_attendee_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE minutes_section (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    updated_by     VARCHAR(100) NOT NULL,
    minutes_id     BIGINT       NOT NULL,
    position       INT          NOT NULL,
    title          VARCHAR(300) NOT NULL,
    agenda_item_id BIGINT,
    body           LONGTEXT     NOT NULL,
    locked         BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_section_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id) ON DELETE CASCADE,
    INDEX ix_section_minutes (minutes_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE minutes_decision (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT        NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    created_by VARCHAR(100)  NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    updated_by VARCHAR(100)  NOT NULL,
    minutes_id BIGINT        NOT NULL,
    section_id BIGINT        NOT NULL,
    text       VARCHAR(2000) NOT NULL,
    locked     BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_decision_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id) ON DELETE CASCADE,
    CONSTRAINT fk_decision_section FOREIGN KEY (section_id) REFERENCES minutes_section (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE minutes_decision_objective (
    decision_id  BIGINT NOT NULL,
    objective_id BIGINT NOT NULL,
    PRIMARY KEY (decision_id, objective_id),
    CONSTRAINT fk_mdo_decision FOREIGN KEY (decision_id) REFERENCES minutes_decision (id) ON DELETE CASCADE,
    CONSTRAINT fk_mdo_objective FOREIGN KEY (objective_id) REFERENCES objective (id) ON DELETE CASCADE,
    INDEX ix_mdo_objective (objective_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE minutes_decision_document (
    decision_id BIGINT NOT NULL,
    document_id BIGINT NOT NULL,
    PRIMARY KEY (decision_id, document_id),
    CONSTRAINT fk_mdd_decision FOREIGN KEY (decision_id) REFERENCES minutes_decision (id) ON DELETE CASCADE,
    CONSTRAINT fk_mdd_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_item (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    convention_id    BIGINT       NOT NULL,
    committee_id     BIGINT       NOT NULL,
    minutes_id       BIGINT       NOT NULL,
    section_id       BIGINT       NOT NULL,
    what             VARCHAR(500) NOT NULL,
    owner_account_id BIGINT,
    owner_name       VARCHAR(200),
    due_date         DATE         NOT NULL,
    objective_id     BIGINT,
    status           VARCHAR(20)  NOT NULL,
    deadline_id      BIGINT,
    CONSTRAINT fk_action_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_section FOREIGN KEY (section_id) REFERENCES minutes_section (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_owner FOREIGN KEY (owner_account_id) REFERENCES account (id),
    CONSTRAINT fk_action_objective FOREIGN KEY (objective_id) REFERENCES objective (id) ON DELETE SET NULL,
    CONSTRAINT fk_action_deadline FOREIGN KEY (deadline_id) REFERENCES deadline (id) ON DELETE SET NULL,
    INDEX ix_action_owner (owner_account_id, status),
    INDEX ix_action_committee (committee_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE minutes_remark (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT        NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    created_by             VARCHAR(100)  NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    updated_by             VARCHAR(100)  NOT NULL,
    minutes_id             BIGINT        NOT NULL,
    section_id             BIGINT        NOT NULL,
    author_account_id      BIGINT        NOT NULL,
    author_name            VARCHAR(200)  NOT NULL,
    body                   VARCHAR(2000) NOT NULL,
    resolution             VARCHAR(20),
    answer                 VARCHAR(2000),
    resolved_by_account_id BIGINT,
    CONSTRAINT fk_remark_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id) ON DELETE CASCADE,
    CONSTRAINT fk_remark_section FOREIGN KEY (section_id) REFERENCES minutes_section (id) ON DELETE CASCADE,
    CONSTRAINT fk_remark_author FOREIGN KEY (author_account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE minutes_read (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    minutes_id BIGINT       NOT NULL,
    account_id BIGINT       NOT NULL,
    CONSTRAINT uk_minutes_read UNIQUE (minutes_id, account_id),
    CONSTRAINT fk_read_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id) ON DELETE CASCADE,
    CONSTRAINT fk_read_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE minutes_erratum (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    updated_by        VARCHAR(100) NOT NULL,
    minutes_id        BIGINT       NOT NULL,
    section_id        BIGINT,
    author_account_id BIGINT       NOT NULL,
    author_name       VARCHAR(200) NOT NULL,
    body              TEXT         NOT NULL,
    CONSTRAINT fk_erratum_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id) ON DELETE CASCADE,
    CONSTRAINT fk_erratum_author FOREIGN KEY (author_account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The published PDF, kept apart so that lists never load it.
CREATE TABLE minutes_pdf (
    minutes_id BIGINT   NOT NULL PRIMARY KEY,
    content    LONGBLOB NOT NULL,
    sha256     CHAR(64) NOT NULL,
    CONSTRAINT fk_pdf_minutes FOREIGN KEY (minutes_id) REFERENCES minutes (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
