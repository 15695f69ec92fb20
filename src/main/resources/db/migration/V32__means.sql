-- Annexe 1: the means each partner mobilises, per field of intervention and year (service offer, staff, funding),
-- linked to the objectives they serve; every version kept (Envers) so that changes go to the avenant list.
CREATE TABLE means_line (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT         NOT NULL,
    created_at     DATETIME(6)    NOT NULL,
    created_by     VARCHAR(100)   NOT NULL,
    updated_at     DATETIME(6)    NOT NULL,
    updated_by     VARCHAR(100)   NOT NULL,
    convention_id  BIGINT         NOT NULL,
    party_id       BIGINT         NOT NULL,
    field_id       BIGINT         NOT NULL,
    means_year     INT            NOT NULL,
    category       VARCHAR(20)    NOT NULL,
    label          VARCHAR(200)   NOT NULL,
    quantity       DECIMAL(14, 2) NOT NULL,
    unit           VARCHAR(50)    NOT NULL,
    funding_source VARCHAR(30)    NULL,
    CONSTRAINT fk_means_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE,
    CONSTRAINT fk_means_party FOREIGN KEY (party_id) REFERENCES party (id),
    CONSTRAINT fk_means_field FOREIGN KEY (field_id) REFERENCES field_of_intervention (id),
    CONSTRAINT ck_means_quantity CHECK (quantity >= 0),
    CONSTRAINT ck_means_category CHECK (category IN ('SERVICE_OFFER', 'STAFF', 'FUNDING')),
    INDEX ix_means_convention (convention_id, means_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE means_line_objective (
    means_line_id BIGINT NOT NULL,
    objective_id  BIGINT NOT NULL,
    PRIMARY KEY (means_line_id, objective_id),
    CONSTRAINT fk_mlo_line FOREIGN KEY (means_line_id) REFERENCES means_line (id) ON DELETE CASCADE,
    CONSTRAINT fk_mlo_objective FOREIGN KEY (objective_id) REFERENCES objective (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE means_line_aud (
    id             BIGINT         NOT NULL,
    rev            BIGINT         NOT NULL,
    revtype        TINYINT,
    version        BIGINT,
    created_at     DATETIME(6),
    created_by     VARCHAR(100),
    updated_at     DATETIME(6),
    updated_by     VARCHAR(100),
    convention_id  BIGINT,
    party_id       BIGINT,
    field_id       BIGINT,
    means_year     INT,
    category       VARCHAR(20),
    label          VARCHAR(200),
    quantity       DECIMAL(14, 2),
    unit           VARCHAR(50),
    funding_source VARCHAR(30),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_means_line_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE means_line_objective_aud (
    rev           BIGINT NOT NULL,
    revtype       TINYINT,
    means_line_id BIGINT NOT NULL,
    objective_id  BIGINT NOT NULL,
    PRIMARY KEY (rev, means_line_id, objective_id),
    CONSTRAINT fk_mlo_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
