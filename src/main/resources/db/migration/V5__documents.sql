-- Deliberations and documents: a document (with deliberation metadata when it is one), its versions
-- (each file: names, size, SHA-256, storage key) and its links to objectives, meetings, avenants, annexes.
CREATE TABLE document (
    id                        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                   BIGINT        NOT NULL,
    created_at                DATETIME(6)   NOT NULL,
    created_by                VARCHAR(100)  NOT NULL,
    updated_at                DATETIME(6)   NOT NULL,
    updated_by                VARCHAR(100)  NOT NULL,
    convention_id             BIGINT        NOT NULL,
    kind                      VARCHAR(20)   NOT NULL,
    title                     VARCHAR(300)  NOT NULL,
    description               VARCHAR(2000),
    issuing_body              VARCHAR(40),
    deliberation_number       VARCHAR(50),
    session_date              DATE,
    session_year              INT,
    transmitted_on            DATE,
    public_url                VARCHAR(500),
    published_to_associations BOOLEAN       NOT NULL,
    CONSTRAINT fk_document_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE,
    CONSTRAINT uk_deliberation_number UNIQUE (convention_id, issuing_body, deliberation_number, session_year),
    INDEX ix_document_convention (convention_id, kind, session_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE document_version (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(100)  NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    document_id    BIGINT        NOT NULL,
    convention_id  BIGINT        NOT NULL,
    version_number INT           NOT NULL,
    original_name  VARCHAR(1000) NOT NULL,
    safe_name      VARCHAR(255)  NOT NULL,
    storage_key    VARCHAR(100)  NOT NULL,
    content_type   VARCHAR(150)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    CONSTRAINT fk_version_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT uk_version_key UNIQUE (storage_key),
    CONSTRAINT uk_version_number UNIQUE (document_id, version_number),
    INDEX ix_version_sha (convention_id, sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE document_link (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    document_id BIGINT       NOT NULL,
    target_type VARCHAR(20)  NOT NULL,
    target_id   BIGINT       NOT NULL,
    CONSTRAINT fk_link_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE,
    CONSTRAINT uk_link UNIQUE (document_id, target_type, target_id),
    INDEX ix_link_target (target_type, target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
