-- Tenants: a Caf owns its conventions. Uploaded logos (PNG, resized) for Cafs and convention parties
-- (Article 8). Existing conventions (the demo's) move into the Caf du Gers; an empty database gets no Caf.
CREATE TABLE logo (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    png           MEDIUMBLOB   NOT NULL,
    width         INT          NOT NULL,
    height        INT          NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE caf (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    code          VARCHAR(50)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    departement   VARCHAR(100) NOT NULL,
    address       VARCHAR(500),
    logo_id       BIGINT,
    logo_path     VARCHAR(300),
    CONSTRAINT uk_caf_code UNIQUE (code),
    CONSTRAINT uk_caf_name UNIQUE (name),
    CONSTRAINT fk_caf_logo FOREIGN KEY (logo_id) REFERENCES logo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO caf (version, created_at, created_by, updated_at, updated_by, code, name, departement, address, logo_path)
SELECT 0, NOW(6), 'migration', NOW(6), 'migration', 'gers', 'Caf du Gers', '32 – Gers',
       '11 rue de Châteaudun – 32013 Auch Cedex', 'images/logos/caf-gers.svg'
FROM DUAL WHERE EXISTS (SELECT 1 FROM convention);

ALTER TABLE convention ADD COLUMN caf_id BIGINT NULL;
UPDATE convention SET caf_id = (SELECT id FROM caf WHERE code = 'gers');
ALTER TABLE convention MODIFY caf_id BIGINT NOT NULL,
    ADD CONSTRAINT fk_convention_caf FOREIGN KEY (caf_id) REFERENCES caf (id),
    ADD INDEX ix_convention_caf (caf_id, title);

ALTER TABLE party ADD COLUMN logo_id BIGINT NULL,
    ADD CONSTRAINT fk_party_logo FOREIGN KEY (logo_id) REFERENCES logo (id);

-- Who administers a Caf (its conventions and nothing else); the Caf id is opaque to the security feature.
CREATE TABLE caf_administrator (
    caf_id     BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (caf_id, account_id),
    CONSTRAINT fk_caf_administrator_caf FOREIGN KEY (caf_id) REFERENCES caf (id) ON DELETE CASCADE,
    CONSTRAINT fk_caf_administrator_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_caf_administrator_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
