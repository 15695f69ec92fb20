-- Article 10: a convention's termination by one party (the registered letter and its effective date), the
-- convention a renewal came from, and the objective a renewed objective carries over.
CREATE TABLE convention_termination (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    updated_by          VARCHAR(100) NOT NULL,
    convention_id       BIGINT       NOT NULL,
    requesting_party_id BIGINT       NOT NULL,
    letter_sent_on      DATE         NOT NULL,
    ar_number           VARCHAR(50)  NOT NULL,
    scan_document_id    BIGINT       NULL,
    notice_months       INT          NOT NULL,
    effective_on        DATE         NOT NULL,
    reason              TEXT         NULL,
    CONSTRAINT uk_termination_convention UNIQUE (convention_id),
    CONSTRAINT fk_termination_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE,
    CONSTRAINT fk_termination_party FOREIGN KEY (requesting_party_id) REFERENCES party (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE convention ADD COLUMN renewed_from_id BIGINT NULL,
    ADD CONSTRAINT fk_convention_renewed_from FOREIGN KEY (renewed_from_id) REFERENCES convention (id) ON DELETE SET NULL;
ALTER TABLE convention_aud ADD COLUMN renewed_from_id BIGINT NULL;

ALTER TABLE objective ADD COLUMN carried_from_id BIGINT NULL,
    ADD CONSTRAINT fk_objective_carried_from FOREIGN KEY (carried_from_id) REFERENCES objective (id) ON DELETE SET NULL;
ALTER TABLE objective_aud ADD COLUMN carried_from_id BIGINT NULL;
