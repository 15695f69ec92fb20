-- One discussion for objectives, documents, minutes sections, indicators and meetings (#18): a comment belongs to an
-- item named by its kind and id (the owning feature checks who reads it), may answer one top-level comment (one
-- level of replies), and keeps every earlier wording of itself when its author edits or removes it.
CREATE TABLE discussion_comment (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    created_by        VARCHAR(100) NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    updated_by        VARCHAR(100) NOT NULL,
    convention_id     BIGINT       NOT NULL,
    target_kind       VARCHAR(30)  NOT NULL,
    target_id         BIGINT       NOT NULL,
    parent_id         BIGINT       NULL,
    author_account_id BIGINT       NOT NULL,
    author_name       VARCHAR(200) NOT NULL,
    body              TEXT         NOT NULL,
    edited_at         DATETIME(6)  NULL,
    removed_at        DATETIME(6)  NULL,
    CONSTRAINT fk_discussion_convention FOREIGN KEY (convention_id) REFERENCES convention (id) ON DELETE CASCADE,
    CONSTRAINT fk_discussion_parent FOREIGN KEY (parent_id) REFERENCES discussion_comment (id) ON DELETE CASCADE,
    CONSTRAINT fk_discussion_author FOREIGN KEY (author_account_id) REFERENCES account (id),
    INDEX ix_discussion_target (target_kind, target_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE discussion_comment_revision (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    comment_id  BIGINT      NOT NULL,
    body        TEXT        NOT NULL,
    written_at  DATETIME(6) NOT NULL,
    replaced_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_revision_comment FOREIGN KEY (comment_id) REFERENCES discussion_comment (id) ON DELETE CASCADE,
    INDEX ix_revision_comment (comment_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO discussion_comment (id, version, created_at, created_by, updated_at, updated_by, convention_id, target_kind,
                                target_id, parent_id, author_account_id, author_name, body)
SELECT c.id, c.version, c.created_at, c.created_by, c.updated_at, c.updated_by, o.convention_id, 'OBJECTIVE',
       c.objective_id, NULL, c.author_account_id, c.author_name, c.body
FROM objective_comment c JOIN objective o ON o.id = c.objective_id;

DROP TABLE objective_comment;

ALTER TABLE discussion_comment ADD FULLTEXT INDEX ft_discussion_comment (body);
