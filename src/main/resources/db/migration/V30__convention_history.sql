-- The convention's own history (Envers): its terms, parties, signatories, articles and annexes, each saved version
-- kept like the objectives'. What exists today is recorded once, as one revision, so that every later change has a
-- "before"; a convention past its draft takes that revision as its baseline (the state as signed, Articles 9 and 11).
CREATE TABLE convention_aud (
    id            BIGINT       NOT NULL,
    rev           BIGINT       NOT NULL,
    revtype       TINYINT,
    version       BIGINT,
    created_at    DATETIME(6),
    created_by    VARCHAR(100),
    updated_at    DATETIME(6),
    updated_by    VARCHAR(100),
    code          VARCHAR(50),
    title         VARCHAR(300),
    territory     VARCHAR(200),
    signed_on     DATE,
    start_date    DATE,
    end_date      DATE,
    renewal       VARCHAR(20),
    notice_months INT,
    notice_form   VARCHAR(300),
    status        VARCHAR(20),
    demo          BOOLEAN,
    caf_id        BIGINT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_convention_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE party_aud (
    id            BIGINT       NOT NULL,
    rev           BIGINT       NOT NULL,
    revtype       TINYINT,
    version       BIGINT,
    created_at    DATETIME(6),
    created_by    VARCHAR(100),
    updated_at    DATETIME(6),
    updated_by    VARCHAR(100),
    convention_id BIGINT,
    position      INT,
    kind          VARCHAR(20),
    name          VARCHAR(300),
    short_name    VARCHAR(100),
    address       VARCHAR(500),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_party_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE signatory_aud (
    id            BIGINT       NOT NULL,
    rev           BIGINT       NOT NULL,
    revtype       TINYINT,
    version       BIGINT,
    created_at    DATETIME(6),
    created_by    VARCHAR(100),
    updated_at    DATETIME(6),
    updated_by    VARCHAR(100),
    party_id      BIGINT,
    position      INT,
    full_name     VARCHAR(200),
    capacity      VARCHAR(300),
    authorisation VARCHAR(500),
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_signatory_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article_aud (
    id            BIGINT       NOT NULL,
    rev           BIGINT       NOT NULL,
    revtype       TINYINT,
    version       BIGINT,
    created_at    DATETIME(6),
    created_by    VARCHAR(100),
    updated_at    DATETIME(6),
    updated_by    VARCHAR(100),
    convention_id BIGINT,
    number        INT,
    title         VARCHAR(300),
    body          TEXT,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_article_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE annex_aud (
    id            BIGINT       NOT NULL,
    rev           BIGINT       NOT NULL,
    revtype       TINYINT,
    version       BIGINT,
    created_at    DATETIME(6),
    created_by    VARCHAR(100),
    updated_at    DATETIME(6),
    updated_by    VARCHAR(100),
    convention_id BIGINT,
    number        INT,
    title         VARCHAR(300),
    description   TEXT,
    provided      BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_annex_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The baselines avenants are drafted from: the state as signed, then each signed avenant's.
CREATE TABLE convention_baseline (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    convention_id BIGINT       NOT NULL,
    revision      BIGINT       NOT NULL,
    avenant_id    BIGINT       NULL,
    CONSTRAINT fk_baseline_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE,
    CONSTRAINT fk_baseline_rev FOREIGN KEY (revision) REFERENCES audit_revision (id),
    INDEX ix_baseline_convention (convention_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_revision (revision_timestamp, username, display_name)
VALUES (ROUND(UNIX_TIMESTAMP(CURRENT_TIMESTAMP(3)) * 1000), 'system', 'system');
SET @rev = LAST_INSERT_ID();

INSERT INTO convention_aud (id, rev, revtype, version, created_at, created_by, updated_at, updated_by, code, title,
                            territory, signed_on, start_date, end_date, renewal, notice_months, notice_form, status,
                            demo, caf_id)
SELECT id, @rev, 0, version, created_at, created_by, updated_at, updated_by, code, title, territory, signed_on,
       start_date, end_date, renewal, notice_months, notice_form, status, demo, caf_id
FROM convention;

INSERT INTO party_aud (id, rev, revtype, version, created_at, created_by, updated_at, updated_by, convention_id,
                       position, kind, name, short_name, address)
SELECT id, @rev, 0, version, created_at, created_by, updated_at, updated_by, convention_id, position, kind, name,
       short_name, address
FROM party;

INSERT INTO signatory_aud (id, rev, revtype, version, created_at, created_by, updated_at, updated_by, party_id,
                           position, full_name, capacity, authorisation)
SELECT id, @rev, 0, version, created_at, created_by, updated_at, updated_by, party_id, position, full_name, capacity,
       authorisation
FROM signatory;

INSERT INTO article_aud (id, rev, revtype, version, created_at, created_by, updated_at, updated_by, convention_id,
                         number, title, body)
SELECT id, @rev, 0, version, created_at, created_by, updated_at, updated_by, convention_id, number, title, body
FROM article;

INSERT INTO annex_aud (id, rev, revtype, version, created_at, created_by, updated_at, updated_by, convention_id,
                       number, title, description, provided)
SELECT id, @rev, 0, version, created_at, created_by, updated_at, updated_by, convention_id, number, title,
       description, provided
FROM annex;

INSERT INTO convention_baseline (version, created_at, created_by, updated_at, updated_by, convention_id, revision)
SELECT 0, CURRENT_TIMESTAMP(6), 'system', CURRENT_TIMESTAMP(6), 'system', id, @rev
FROM convention
WHERE status <> 'DRAFT';
