-- Evaluative questions (Annexe 4): the question, its track and thematic groups, its judgement criteria, sources and
-- co-written answer (every version kept by Envers), its status and who validated the answer when; the indicators and
-- contribution questions attached to it (not versioned).
CREATE TABLE evaluative_question (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    updated_by        VARCHAR(100)  NOT NULL,
    convention_id     BIGINT        NOT NULL,
    number            INT           NOT NULL,
    question_text     VARCHAR(2000) NOT NULL,
    track             VARCHAR(20)   NOT NULL,
    criteria          TEXT          NULL,
    sources           TEXT          NULL,
    answer            TEXT          NULL,
    status            VARCHAR(20)   NOT NULL,
    validated_by      BIGINT        NULL,
    validated_by_name VARCHAR(200)  NULL,
    validated_at      DATETIME(6)   NULL,
    CONSTRAINT uk_evaluative_question_number UNIQUE (convention_id, number),
    CONSTRAINT fk_evaluative_question_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE,
    CONSTRAINT ck_evaluative_question_track CHECK (track IN ('RESULTS', 'IMPACT')),
    CONSTRAINT ck_evaluative_question_status CHECK (status IN ('NEGOTIATED', 'BEING_EVALUATED', 'ANSWERED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evaluative_question_group (
    question_id       BIGINT NOT NULL,
    thematic_group_id BIGINT NOT NULL,
    PRIMARY KEY (question_id, thematic_group_id),
    CONSTRAINT fk_eqg_question FOREIGN KEY (question_id) REFERENCES evaluative_question (id) ON DELETE CASCADE,
    CONSTRAINT fk_eqg_group FOREIGN KEY (thematic_group_id) REFERENCES thematic_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evaluative_question_indicator (
    question_id  BIGINT NOT NULL,
    indicator_id BIGINT NOT NULL,
    PRIMARY KEY (question_id, indicator_id),
    CONSTRAINT fk_eqi_question FOREIGN KEY (question_id) REFERENCES evaluative_question (id) ON DELETE CASCADE,
    CONSTRAINT fk_eqi_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evaluative_question_call (
    question_id    BIGINT NOT NULL,
    call_id        BIGINT NOT NULL,
    question_index INT    NOT NULL,
    PRIMARY KEY (question_id, call_id, question_index),
    CONSTRAINT fk_eqc_question FOREIGN KEY (question_id) REFERENCES evaluative_question (id) ON DELETE CASCADE,
    CONSTRAINT fk_eqc_call FOREIGN KEY (call_id) REFERENCES contribution_call (id) ON DELETE CASCADE,
    CONSTRAINT ck_eqc_index CHECK (question_index >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evaluative_question_aud (
    id                BIGINT       NOT NULL,
    rev               BIGINT       NOT NULL,
    revtype           TINYINT,
    version           BIGINT,
    created_at        DATETIME(6),
    created_by        VARCHAR(100),
    updated_at        DATETIME(6),
    updated_by        VARCHAR(100),
    convention_id     BIGINT,
    number            INT,
    question_text     VARCHAR(2000),
    track             VARCHAR(20),
    criteria          TEXT,
    sources           TEXT,
    answer            TEXT,
    status            VARCHAR(20),
    validated_by      BIGINT,
    validated_by_name VARCHAR(200),
    validated_at      DATETIME(6),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_evaluative_question_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
