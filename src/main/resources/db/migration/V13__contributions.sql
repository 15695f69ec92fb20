-- Associations' evaluation input (Annexe 4): organisations and their contributors, single-use invitations,
-- calls for contributions with their questions, and one submission per organisation and call.
CREATE TABLE organisation (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    convention_id BIGINT       NOT NULL,
    name          VARCHAR(200) NOT NULL,
    CONSTRAINT uk_organisation UNIQUE (convention_id, name),
    CONSTRAINT fk_organisation_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An ASSOCIATION account belongs to exactly one organisation.
CREATE TABLE contributor (
    account_id      BIGINT NOT NULL PRIMARY KEY,
    organisation_id BIGINT NOT NULL,
    CONSTRAINT fk_contributor_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_contributor_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE invitation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    updated_by      VARCHAR(100) NOT NULL,
    convention_id   BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    email           VARCHAR(200) NOT NULL,
    token_sha256    CHAR(64)     NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    used_at         DATETIME(6),
    revoked_at      DATETIME(6),
    CONSTRAINT uk_invitation_token UNIQUE (token_sha256),
    CONSTRAINT fk_invitation_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE,
    CONSTRAINT fk_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contribution_call (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    convention_id BIGINT       NOT NULL,
    title         VARCHAR(300) NOT NULL,
    instructions  TEXT,
    opens_on      DATE         NOT NULL,
    closes_on     DATE         NOT NULL,
    CONSTRAINT fk_call_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE call_group (
    call_id           BIGINT NOT NULL,
    thematic_group_id BIGINT NOT NULL,
    PRIMARY KEY (call_id, thematic_group_id),
    CONSTRAINT fk_cg_call FOREIGN KEY (call_id) REFERENCES contribution_call (id) ON DELETE CASCADE,
    CONSTRAINT fk_cg_group FOREIGN KEY (thematic_group_id) REFERENCES thematic_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE call_organisation (
    call_id         BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (call_id, organisation_id),
    CONSTRAINT fk_co_call FOREIGN KEY (call_id) REFERENCES contribution_call (id) ON DELETE CASCADE,
    CONSTRAINT fk_co_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE call_question (
    call_id  BIGINT        NOT NULL,
    position INT           NOT NULL,
    label    VARCHAR(500)  NOT NULL,
    kind     VARCHAR(20)   NOT NULL,
    required BOOLEAN       NOT NULL,
    choices  VARCHAR(2000),
    PRIMARY KEY (call_id, position),
    CONSTRAINT fk_question_call FOREIGN KEY (call_id) REFERENCES contribution_call (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE submission (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    call_id           BIGINT        NOT NULL,
    organisation_id   BIGINT        NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    reference         VARCHAR(40),
    submitted_at      DATETIME(6),
    submitted_by_name VARCHAR(200),
    review_status     VARCHAR(30),
    review_answer     VARCHAR(2000),
    CONSTRAINT uk_submission UNIQUE (call_id, organisation_id),
    CONSTRAINT fk_submission_call FOREIGN KEY (call_id) REFERENCES contribution_call (id) ON DELETE CASCADE,
    CONSTRAINT fk_submission_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE submission_answer (
    submission_id BIGINT NOT NULL,
    position      INT    NOT NULL,
    answer        TEXT   NOT NULL,
    PRIMARY KEY (submission_id, position),
    CONSTRAINT fk_answer_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
