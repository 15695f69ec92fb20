-- A meeting's agenda: ordered items, each with a presenter and the objectives and documents it concerns.
CREATE TABLE agenda_item (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    meeting_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    title      VARCHAR(300) NOT NULL,
    presenter  VARCHAR(200),
    CONSTRAINT fk_agenda_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id) ON DELETE CASCADE,
    INDEX ix_agenda_meeting (meeting_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_item_objective (
    agenda_item_id BIGINT NOT NULL,
    objective_id   BIGINT NOT NULL,
    PRIMARY KEY (agenda_item_id, objective_id),
    CONSTRAINT fk_aio_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_aio_objective FOREIGN KEY (objective_id) REFERENCES objective (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_item_document (
    agenda_item_id BIGINT NOT NULL,
    document_id    BIGINT NOT NULL,
    PRIMARY KEY (agenda_item_id, document_id),
    CONSTRAINT fk_aid_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id) ON DELETE CASCADE,
    CONSTRAINT fk_aid_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
