-- The shared objectives of a convention (Article 4), each in a field of intervention and in thematic groups.
CREATE TABLE objective (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    convention_id BIGINT       NOT NULL,
    field_id      BIGINT       NOT NULL,
    position      INT          NOT NULL,
    title         VARCHAR(300) NOT NULL,
    description   TEXT,
    status        VARCHAR(20)  NOT NULL,
    progress      INT          NOT NULL,
    CONSTRAINT ck_objective_progress CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT fk_objective_field FOREIGN KEY (field_id) REFERENCES field_of_intervention (id),
    INDEX ix_objective_convention (convention_id, position),
    CONSTRAINT fk_objective_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE objective_thematic_group (
    objective_id      BIGINT NOT NULL,
    thematic_group_id BIGINT NOT NULL,
    PRIMARY KEY (objective_id, thematic_group_id),
    CONSTRAINT fk_otg_objective FOREIGN KEY (objective_id) REFERENCES objective (id) ON DELETE CASCADE,
    CONSTRAINT fk_otg_group FOREIGN KEY (thematic_group_id) REFERENCES thematic_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
