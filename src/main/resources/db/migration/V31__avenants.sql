-- Avenants (Articles 9 and 11): drafted from the modifications since the last baseline, circulated, approved on a
-- revision of the history, signed; the modifications each one carries; the deliberations are document links.
CREATE TABLE avenant (
    id                        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                   BIGINT       NOT NULL,
    created_at                DATETIME(6)  NOT NULL,
    created_by                VARCHAR(100) NOT NULL,
    updated_at                DATETIME(6)  NOT NULL,
    updated_by                VARCHAR(100) NOT NULL,
    convention_id             BIGINT       NOT NULL,
    number                    INT          NOT NULL,
    status                    VARCHAR(20)  NOT NULL,
    title                     VARCHAR(300) NOT NULL,
    preamble                  TEXT         NULL,
    justification             TEXT         NULL,
    justification_minutes_id  BIGINT       NULL,
    justification_document_id BIGINT       NULL,
    baseline_id               BIGINT       NOT NULL,
    head_revision             BIGINT       NULL,
    circulated_at             DATETIME(6)  NULL,
    approved_at               DATETIME(6)  NULL,
    approved_by_name          VARCHAR(200) NULL,
    signed_on                 DATE         NULL,
    signed_document_id        BIGINT       NULL,
    CONSTRAINT uk_avenant_number UNIQUE (convention_id, number),
    CONSTRAINT fk_avenant_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE,
    CONSTRAINT fk_avenant_baseline FOREIGN KEY (baseline_id) REFERENCES convention_baseline (id),
    CONSTRAINT fk_avenant_head FOREIGN KEY (head_revision) REFERENCES audit_revision (id),
    CONSTRAINT ck_avenant_status CHECK (status IN ('DRAFT', 'CIRCULATED', 'APPROVED', 'SIGNED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE avenant_change_key (
    avenant_id BIGINT       NOT NULL,
    change_key VARCHAR(100) NOT NULL,
    PRIMARY KEY (avenant_id, change_key),
    CONSTRAINT fk_avenant_change_key FOREIGN KEY (avenant_id) REFERENCES avenant (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE convention_baseline
    ADD CONSTRAINT fk_baseline_avenant FOREIGN KEY (avenant_id) REFERENCES avenant (id) ON DELETE CASCADE;
