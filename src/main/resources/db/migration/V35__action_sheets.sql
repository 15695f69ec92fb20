-- Action sheets (fiches action): what the action plan's objectives at the lowest level hold — target public,
-- territory (communes), partners, schedule, budget with funders and amounts, linked indicators — and whether the
-- sheet is published to the associations (read-only).
CREATE TABLE action_sheet (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    convention_id BIGINT       NOT NULL,
    target_public TEXT         NULL,
    territory     TEXT         NULL,
    partners      TEXT         NULL,
    schedule      TEXT         NULL,
    published     BOOLEAN      NOT NULL,
    objective_id  BIGINT       NOT NULL,
    CONSTRAINT uk_action_sheet_objective UNIQUE (objective_id),
    CONSTRAINT fk_action_sheet_objective FOREIGN KEY (objective_id) REFERENCES objective (id) ON DELETE CASCADE,
    CONSTRAINT fk_action_sheet_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE,
    INDEX ix_action_sheet_convention (convention_id, published)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_sheet_budget (
    sheet_id     BIGINT         NOT NULL,
    position     INT            NOT NULL,
    funder       VARCHAR(200)   NOT NULL,
    amount       DECIMAL(14, 2) NOT NULL,
    PRIMARY KEY (sheet_id, position),
    CONSTRAINT fk_asb_sheet FOREIGN KEY (sheet_id) REFERENCES action_sheet (id) ON DELETE CASCADE,
    CONSTRAINT ck_asb_amount CHECK (amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_sheet_indicator (
    sheet_id     BIGINT NOT NULL,
    indicator_id BIGINT NOT NULL,
    PRIMARY KEY (sheet_id, indicator_id),
    CONSTRAINT fk_asi_sheet FOREIGN KEY (sheet_id) REFERENCES action_sheet (id) ON DELETE CASCADE,
    CONSTRAINT fk_asi_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
