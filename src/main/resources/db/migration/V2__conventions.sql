-- The convention and what its text holds: parties and signatories, legal basis, articles, annexes,
-- fields of intervention, thematic groups and the territory portrait.
CREATE TABLE convention (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    code          VARCHAR(50)  NOT NULL,
    title         VARCHAR(300) NOT NULL,
    territory     VARCHAR(200) NOT NULL,
    signed_on     DATE,
    start_date    DATE         NOT NULL,
    end_date      DATE         NOT NULL,
    renewal       VARCHAR(20)  NOT NULL,
    notice_months INT          NOT NULL,
    notice_form   VARCHAR(300),
    status        VARCHAR(20)  NOT NULL,
    demo          BOOLEAN      NOT NULL,
    CONSTRAINT uk_convention_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE party (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    convention_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    name          VARCHAR(300) NOT NULL,
    short_name    VARCHAR(100) NOT NULL,
    address       VARCHAR(500),
    logo_path     VARCHAR(300),
    CONSTRAINT fk_party_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE signatory (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    party_id      BIGINT       NOT NULL,
    position      INT          NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    capacity      VARCHAR(300) NOT NULL,
    authorisation VARCHAR(500),
    CONSTRAINT fk_signatory_party FOREIGN KEY (party_id) REFERENCES party (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE legal_basis (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    convention_id BIGINT        NOT NULL,
    position      INT           NOT NULL,
    text          VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_legal_basis_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    convention_id BIGINT       NOT NULL,
    number        INT          NOT NULL,
    title         VARCHAR(300) NOT NULL,
    body          TEXT         NOT NULL,
    CONSTRAINT uk_article_number UNIQUE (convention_id, number),
    CONSTRAINT fk_article_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE annex (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    convention_id BIGINT       NOT NULL,
    number        INT          NOT NULL,
    title         VARCHAR(300) NOT NULL,
    description   TEXT,
    provided      BOOLEAN      NOT NULL,
    CONSTRAINT uk_annex_number UNIQUE (convention_id, number),
    CONSTRAINT fk_annex_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE field_of_intervention (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    convention_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    title         VARCHAR(300) NOT NULL,
    CONSTRAINT fk_field_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE thematic_group (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    convention_id BIGINT        NOT NULL,
    position      INT           NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    description   VARCHAR(1000),
    CONSTRAINT fk_thematic_group_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE territory_figure (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    convention_id BIGINT         NOT NULL,
    position      INT            NOT NULL,
    label         VARCHAR(300)   NOT NULL,
    figure_value  DECIMAL(14, 4) NOT NULL,
    unit          VARCHAR(50),
    figure_year   INT,
    source        VARCHAR(300)   NOT NULL,
    CONSTRAINT fk_territory_figure_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE membership
    ADD CONSTRAINT fk_membership_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE;
