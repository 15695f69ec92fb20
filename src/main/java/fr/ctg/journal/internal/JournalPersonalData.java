package fr.ctg.journal.internal;

import fr.ctg.base.csv.CsvTable;
import fr.ctg.base.privacy.PersonalDataFile;
import fr.ctg.base.privacy.PersonalDataSource;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** The journal's part of a personal-data export: every line where the person acted or was acted upon. */
@Component
class JournalPersonalData implements PersonalDataSource {

    private final JournalEntryRepository entries;

    JournalPersonalData(JournalEntryRepository entries) {
        this.entries = entries;
    }

    @Override
    public List<PersonalDataFile> collect(long accountId, String username) {
        List<List<String>> rows = entries.aboutPerson(accountId).stream()
                .map(e -> List.of(e.getOccurredAt().toString(), e.getKind().name(),
                        Objects.equals(e.getActorAccountId(), accountId) ? "vous" : "",
                        Objects.toString(e.getConventionId(), ""), Objects.toString(e.getDetail(), ""),
                        Objects.toString(e.getClientAddress(), "")))
                .toList();
        return List.of(new PersonalDataFile("journal.csv", CsvTable.write(';',
                List.of("date", "type", "auteur", "convention", "detail", "adresse"), rows)));
    }
}
