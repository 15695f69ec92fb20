package fr.ctg.document;

import fr.ctg.base.privacy.PersonalDataFile;
import fr.ctg.base.privacy.PersonalDataSource;
import fr.ctg.base.privacy.SqlExport;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The documents a person uploaded (their names, sizes and fingerprints) are part of their personal-data export. */
@Component
class DocumentPrivacy implements PersonalDataSource {

    private final JdbcTemplate jdbc;

    DocumentPrivacy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalDataFile> collect(long accountId, String username) {
        return List.of(SqlExport.csv(jdbc, "documents-deposes.csv", "SELECT created_at AS date, original_name AS fichier, "
                + "size_bytes AS taille, sha256 FROM document_version WHERE created_by = ? ORDER BY id", username));
    }
}
