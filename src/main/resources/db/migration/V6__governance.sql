-- Governance: committees of each convention, meetings, deadline rules (data, per convention) and the
-- deadlines derived from meetings. Existing conventions get their committees and the Annexe 3 rules.
CREATE TABLE committee (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    updated_by        VARCHAR(100) NOT NULL,
    convention_id     BIGINT       NOT NULL,
    kind              VARCHAR(40)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    thematic_group_id BIGINT,
    secretariat       VARCHAR(20)  NOT NULL,
    CONSTRAINT fk_committee_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE,
    CONSTRAINT fk_committee_group FOREIGN KEY (thematic_group_id) REFERENCES thematic_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE deadline_rule (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    updated_by        VARCHAR(100) NOT NULL,
    convention_id     BIGINT       NOT NULL,
    trigger_committee VARCHAR(40)  NOT NULL,
    kind              VARCHAR(40)  NOT NULL,
    offset_months     INT          NOT NULL,
    offset_days       INT          NOT NULL,
    CONSTRAINT fk_rule_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    convention_id BIGINT       NOT NULL,
    committee_id  BIGINT       NOT NULL,
    title         VARCHAR(300) NOT NULL,
    starts_at     DATETIME(6)  NOT NULL,
    ends_at       DATETIME(6)  NOT NULL,
    time_zone     VARCHAR(60)  NOT NULL,
    place         VARCHAR(300),
    video_link    VARCHAR(500),
    status        VARCHAR(20)  NOT NULL,
    CONSTRAINT fk_meeting_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE,
    CONSTRAINT fk_meeting_committee FOREIGN KEY (committee_id) REFERENCES committee (id),
    INDEX ix_meeting_convention (convention_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE deadline (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    convention_id BIGINT       NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    title         VARCHAR(300) NOT NULL,
    due_date      DATE         NOT NULL,
    meeting_id    BIGINT,
    rule_id       BIGINT,
    owner_account_id BIGINT,
    done          BOOLEAN      NOT NULL,
    cancelled     BOOLEAN      NOT NULL,
    CONSTRAINT fk_deadline_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE,
    CONSTRAINT fk_deadline_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    CONSTRAINT fk_deadline_rule FOREIGN KEY (rule_id) REFERENCES deadline_rule (id),
    CONSTRAINT fk_deadline_owner FOREIGN KEY (owner_account_id) REFERENCES account (id),
    INDEX ix_deadline_convention (convention_id, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO committee (version, created_at, created_by, updated_at, updated_by, convention_id, kind, name, secretariat)
SELECT 0, NOW(6), 'migration', NOW(6), 'migration', c.id, k.kind, k.name, k.secretariat
FROM convention c
CROSS JOIN (SELECT 'COMITE_PILOTAGE' AS kind, 'Comité de pilotage' AS name, 'CC' AS secretariat
            UNION ALL SELECT 'COMITE_SUIVI', 'Comité de suivi', 'CAF'
            UNION ALL SELECT 'COMITE_SUIVI_EVALUATION', 'Comité de suivi de l’évaluation', 'CAF') k;

INSERT INTO committee (version, created_at, created_by, updated_at, updated_by, convention_id, kind, name,
                       thematic_group_id, secretariat)
SELECT 0, NOW(6), 'migration', NOW(6), 'migration', g.convention_id, 'THEMATIC_GROUP',
       CONCAT('Groupe « ', g.name, ' »'), g.id, 'OTHER'
FROM thematic_group g;

INSERT INTO deadline_rule (version, created_at, created_by, updated_at, updated_by, convention_id, trigger_committee,
                           kind, offset_months, offset_days)
SELECT 0, NOW(6), 'migration', NOW(6), 'migration', c.id, 'COMITE_PILOTAGE', r.kind, r.months, r.days
FROM convention c
CROSS JOIN (SELECT 'FOLLOW_UP_COMMITTEE' AS kind, 1 AS months, 0 AS days
            UNION ALL SELECT 'SECRETARIAT_PROPOSALS', 0, 15) r;
