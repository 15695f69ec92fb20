-- One invitation mechanism for everyone (V13's partner invitations included): a single-use secret link
-- (only its SHA-256 kept) valid 14 days, revocable, that grants what it carries once accepted: roles,
-- committee seats and groups in a convention (MEMBER, PARTNER) or the administration of a Caf (CAF_ADMIN).
CREATE TABLE partner_invitation (
    invitation_id   BIGINT NOT NULL PRIMARY KEY,
    organisation_id BIGINT NOT NULL,
    CONSTRAINT fk_partner_invitation FOREIGN KEY (invitation_id) REFERENCES invitation (id) ON DELETE CASCADE,
    CONSTRAINT fk_partner_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO partner_invitation (invitation_id, organisation_id) SELECT id, organisation_id FROM invitation;

ALTER TABLE invitation DROP FOREIGN KEY fk_invitation_organisation;
ALTER TABLE invitation DROP COLUMN organisation_id,
    MODIFY convention_id BIGINT NULL,
    ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'MEMBER',
    ADD COLUMN caf_id BIGINT NULL,
    ADD COLUMN display_name VARCHAR(200),
    ADD COLUMN language VARCHAR(5) NOT NULL DEFAULT 'fr',
    ADD COLUMN invited_by_account_id BIGINT,
    ADD COLUMN invited_by_name VARCHAR(200),
    ADD COLUMN sent_at DATETIME(6),
    ADD COLUMN accepted_account_id BIGINT,
    ADD COLUMN context_label VARCHAR(200),
    ADD CONSTRAINT fk_invitation_caf FOREIGN KEY (caf_id) REFERENCES caf (id) ON DELETE CASCADE,
    ADD INDEX ix_invitation_email (email),
    ADD INDEX ix_invitation_caf (caf_id);
UPDATE invitation SET kind = 'PARTNER', sent_at = created_at;
UPDATE invitation i JOIN partner_invitation p ON p.invitation_id = i.id JOIN organisation o ON o.id = p.organisation_id
SET i.context_label = o.name;

CREATE TABLE invitation_role (
    invitation_id BIGINT      NOT NULL,
    role          VARCHAR(40) NOT NULL,
    PRIMARY KEY (invitation_id, role),
    CONSTRAINT fk_invitation_role FOREIGN KEY (invitation_id) REFERENCES invitation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO invitation_role (invitation_id, role) SELECT id, 'ASSOCIATION' FROM invitation;

CREATE TABLE invitation_seat (
    invitation_id BIGINT      NOT NULL,
    committee     VARCHAR(40) NOT NULL,
    party         VARCHAR(20),
    seat          VARCHAR(20) NOT NULL,
    PRIMARY KEY (invitation_id, committee),
    CONSTRAINT fk_invitation_seat FOREIGN KEY (invitation_id) REFERENCES invitation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE invitation_group (
    invitation_id     BIGINT NOT NULL,
    thematic_group_id BIGINT NOT NULL,
    PRIMARY KEY (invitation_id, thematic_group_id),
    CONSTRAINT fk_invitation_group FOREIGN KEY (invitation_id) REFERENCES invitation (id) ON DELETE CASCADE,
    CONSTRAINT fk_invitation_group_group FOREIGN KEY (thematic_group_id) REFERENCES thematic_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
