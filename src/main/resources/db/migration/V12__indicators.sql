-- Indicators per thematic group (Annexe 4): a catalogue per convention, values per period with their source
-- (Article 7), the history of every change, and the validation of a group's values for a period.
CREATE TABLE indicator (
    id                        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                   BIGINT        NOT NULL,
    created_at                DATETIME(6)   NOT NULL,
    created_by                VARCHAR(100)  NOT NULL,
    updated_at                DATETIME(6)   NOT NULL,
    updated_by                VARCHAR(100)  NOT NULL,
    convention_id             BIGINT        NOT NULL,
    thematic_group_id         BIGINT        NOT NULL,
    code                      VARCHAR(40)   NOT NULL,
    name                      VARCHAR(300)  NOT NULL,
    definition                TEXT,
    unit                      VARCHAR(60)   NOT NULL,
    decimals                  INT           NOT NULL,
    periodicity               VARCHAR(20)   NOT NULL,
    kind                      VARCHAR(20)   NOT NULL,
    numerator_id              BIGINT,
    denominator_id            BIGINT,
    factor                    DECIMAL(19, 6),
    baseline_value            DECIMAL(19, 6),
    baseline_period           VARCHAR(10),
    min_value                 DECIMAL(19, 6),
    max_value                 DECIMAL(19, 6),
    direction                 VARCHAR(20)   NOT NULL,
    default_source            VARCHAR(20)   NOT NULL,
    default_source_detail     VARCHAR(200),
    owner_account_id          BIGINT,
    published_to_associations BOOLEAN       NOT NULL DEFAULT FALSE,
    position                  INT           NOT NULL,
    CONSTRAINT uk_indicator_code UNIQUE (convention_id, code),
    CONSTRAINT fk_indicator_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE,
    CONSTRAINT fk_indicator_group FOREIGN KEY (thematic_group_id) REFERENCES thematic_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_indicator_numerator FOREIGN KEY (numerator_id) REFERENCES indicator (id),
    CONSTRAINT fk_indicator_denominator FOREIGN KEY (denominator_id) REFERENCES indicator (id),
    CONSTRAINT fk_indicator_owner FOREIGN KEY (owner_account_id) REFERENCES account (id),
    INDEX ix_indicator_group (thematic_group_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_objective (
    indicator_id BIGINT NOT NULL,
    objective_id BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, objective_id),
    CONSTRAINT fk_io_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_io_objective FOREIGN KEY (objective_id) REFERENCES objective (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_target (
    indicator_id BIGINT         NOT NULL,
    period       VARCHAR(10)    NOT NULL,
    value        DECIMAL(19, 6) NOT NULL,
    PRIMARY KEY (indicator_id, period),
    CONSTRAINT fk_target_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_value (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT         NOT NULL,
    created_at     DATETIME(6)    NOT NULL,
    created_by     VARCHAR(100)   NOT NULL,
    updated_at     DATETIME(6)    NOT NULL,
    updated_by     VARCHAR(100)   NOT NULL,
    indicator_id   BIGINT         NOT NULL,
    period         VARCHAR(10)    NOT NULL,
    value          DECIMAL(19, 6) NOT NULL,
    source         VARCHAR(20)    NOT NULL,
    source_detail  VARCHAR(200),
    comment        VARCHAR(1000),
    follow_up      BOOLEAN        NOT NULL DEFAULT FALSE,
    outlier        BOOLEAN        NOT NULL DEFAULT FALSE,
    outlier_reason VARCHAR(500),
    CONSTRAINT uk_indicator_value UNIQUE (indicator_id, period),
    CONSTRAINT fk_value_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every value written, with the value it replaced: who, when, from where (append-only).
CREATE TABLE indicator_value_change (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    indicator_id   BIGINT         NOT NULL,
    period         VARCHAR(10)    NOT NULL,
    previous_value DECIMAL(19, 6),
    new_value      DECIMAL(19, 6) NOT NULL,
    source         VARCHAR(20)    NOT NULL,
    source_detail  VARCHAR(200),
    comment        VARCHAR(1000),
    changed_by     VARCHAR(200)   NOT NULL,
    changed_at     DATETIME(6)    NOT NULL,
    CONSTRAINT fk_change_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    INDEX ix_change_value (indicator_id, period, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A thematic group's values for a period, validated by the evaluation referent (locked), and its log.
CREATE TABLE indicator_validation (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    updated_by        VARCHAR(100) NOT NULL,
    thematic_group_id BIGINT       NOT NULL,
    period            VARCHAR(10)  NOT NULL,
    CONSTRAINT uk_validation UNIQUE (thematic_group_id, period),
    CONSTRAINT fk_validation_group FOREIGN KEY (thematic_group_id) REFERENCES thematic_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator_validation_log (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    thematic_group_id BIGINT       NOT NULL,
    period            VARCHAR(10)  NOT NULL,
    action            VARCHAR(20)  NOT NULL,
    reason            VARCHAR(500),
    actor             VARCHAR(200) NOT NULL,
    at                DATETIME(6)  NOT NULL,
    CONSTRAINT fk_vlog_group FOREIGN KEY (thematic_group_id) REFERENCES thematic_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
