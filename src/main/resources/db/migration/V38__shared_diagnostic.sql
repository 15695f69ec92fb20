-- The shared diagnostic (Annexe 2): per convention, one working draft and the published versions, each frozen in its
-- own rows (a version is never written again once published). A version holds the territory-level characteristics
-- (copied from the portrait when the diagnostic is first created) and one row per theme (thematic group, its name as
-- it was) with the four angles: characteristics, existing offer, gap between need and offer, priority axes, and a
-- score 0–100 with its reason. The draft is the row without published_at; its number is the next version's.
CREATE TABLE diagnostic_version (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                 BIGINT       NOT NULL,
    created_at              DATETIME(6)  NOT NULL,
    created_by              VARCHAR(100) NOT NULL,
    updated_at              DATETIME(6)  NOT NULL,
    updated_by              VARCHAR(100) NOT NULL,
    convention_id           BIGINT       NOT NULL,
    number                  INT          NOT NULL,
    published_at            DATETIME(6)  NULL,
    published_by_account_id BIGINT       NULL,
    published_by_name       VARCHAR(200) NULL,
    note                    VARCHAR(500) NULL,
    CONSTRAINT uk_diagnostic_version_number UNIQUE (convention_id, number),
    CONSTRAINT fk_diagnostic_version_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE,
    CONSTRAINT ck_diagnostic_version_number CHECK (number >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE diagnostic_territory_figure (
    diagnostic_version_id BIGINT         NOT NULL,
    position              INT            NOT NULL,
    label                 VARCHAR(300)   NOT NULL,
    figure_value          DECIMAL(14, 4) NOT NULL,
    unit                  VARCHAR(50)    NULL,
    source                VARCHAR(300)   NOT NULL,
    figure_year           INT            NOT NULL,
    PRIMARY KEY (diagnostic_version_id, position),
    CONSTRAINT fk_dtf_version FOREIGN KEY (diagnostic_version_id) REFERENCES diagnostic_version (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE diagnostic_theme (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT       NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    created_by            VARCHAR(100) NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    updated_by            VARCHAR(100) NOT NULL,
    diagnostic_version_id BIGINT       NOT NULL,
    thematic_group_id     BIGINT       NOT NULL,
    group_name            VARCHAR(200) NOT NULL,
    position              INT          NOT NULL,
    gap                   TEXT         NULL,
    score                 INT          NULL,
    score_reason          VARCHAR(300) NULL,
    CONSTRAINT uk_diagnostic_theme_group UNIQUE (diagnostic_version_id, thematic_group_id),
    CONSTRAINT fk_diagnostic_theme_version FOREIGN KEY (diagnostic_version_id) REFERENCES diagnostic_version (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_diagnostic_theme_score CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    INDEX ix_diagnostic_theme_group (thematic_group_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE diagnostic_theme_figure (
    theme_id     BIGINT         NOT NULL,
    position     INT            NOT NULL,
    label        VARCHAR(300)   NOT NULL,
    figure_value DECIMAL(14, 4) NOT NULL,
    unit         VARCHAR(50)    NULL,
    source       VARCHAR(300)   NOT NULL,
    figure_year  INT            NOT NULL,
    PRIMARY KEY (theme_id, position),
    CONSTRAINT fk_dthf_theme FOREIGN KEY (theme_id) REFERENCES diagnostic_theme (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE diagnostic_theme_offer (
    theme_id    BIGINT        NOT NULL,
    position    INT           NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NULL,
    commune     VARCHAR(200)  NULL,
    PRIMARY KEY (theme_id, position),
    CONSTRAINT fk_dtho_theme FOREIGN KEY (theme_id) REFERENCES diagnostic_theme (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE diagnostic_theme_axis (
    theme_id BIGINT       NOT NULL,
    position INT          NOT NULL,
    text     VARCHAR(300) NOT NULL,
    PRIMARY KEY (theme_id, position),
    CONSTRAINT fk_dtha_theme FOREIGN KEY (theme_id) REFERENCES diagnostic_theme (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
