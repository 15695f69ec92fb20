-- One membership per person and convention, holding the person's roles, committee seats (committee, the
-- party they sit for, permanent or consultative: Article 6) and thematic groups. The rows of V1 (one per
-- role) are merged into the oldest row of each person and convention.
CREATE TABLE membership_role (
    membership_id BIGINT      NOT NULL,
    role          VARCHAR(40) NOT NULL,
    PRIMARY KEY (membership_id, role),
    CONSTRAINT fk_membership_role FOREIGN KEY (membership_id) REFERENCES membership (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE committee_seat (
    membership_id BIGINT      NOT NULL,
    committee     VARCHAR(40) NOT NULL,
    party         VARCHAR(20),
    seat          VARCHAR(20) NOT NULL,
    PRIMARY KEY (membership_id, committee),
    CONSTRAINT fk_committee_seat FOREIGN KEY (membership_id) REFERENCES membership (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE membership_group (
    membership_id     BIGINT NOT NULL,
    thematic_group_id BIGINT NOT NULL,
    PRIMARY KEY (membership_id, thematic_group_id),
    CONSTRAINT fk_membership_group FOREIGN KEY (membership_id) REFERENCES membership (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_group_group FOREIGN KEY (thematic_group_id) REFERENCES thematic_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TEMPORARY TABLE membership_keep AS
SELECT account_id, convention_id, MIN(id) AS keep_id FROM membership GROUP BY account_id, convention_id;

INSERT IGNORE INTO membership_role (membership_id, role)
SELECT k.keep_id, m.role FROM membership m
JOIN membership_keep k ON k.account_id = m.account_id AND k.convention_id = m.convention_id;

INSERT IGNORE INTO committee_seat (membership_id, committee, party, seat)
SELECT k.keep_id, m.committee, NULL, COALESCE(m.seat, 'PERMANENT') FROM membership m
JOIN membership_keep k ON k.account_id = m.account_id AND k.convention_id = m.convention_id
WHERE m.committee IS NOT NULL;

DELETE FROM membership WHERE id NOT IN (SELECT keep_id FROM membership_keep);
DROP TEMPORARY TABLE membership_keep;

ALTER TABLE membership DROP COLUMN role, DROP COLUMN committee, DROP COLUMN seat,
    ADD CONSTRAINT uk_membership_account_convention UNIQUE (account_id, convention_id);
