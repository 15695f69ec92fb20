package fr.ctg.security;

import fr.ctg.base.journal.JournalEvent;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.base.privacy.PersonalDataFile;
import fr.ctg.base.privacy.PersonalDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person downloads everything the portal holds about them: one ZIP of JSON and CSV files, one part per feature. */
@Service
@Transactional(readOnly = true)
public class PersonalDataService {

    private final List<PersonalDataSource> sources;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    PersonalDataService(List<PersonalDataSource> sources, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.sources = sources;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The caller's data as a ZIP. */
    @Transactional
    public byte[] exportMine() {
        CtgUser me = currentUser.require();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Set<String> names = new HashSet<>();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (PersonalDataSource source : sources) {
                for (PersonalDataFile f : source.collect(me.accountId(), me.getUsername())) {
                    String name = names.add(f.name()) ? f.name() : source.getClass().getSimpleName() + "-" + f.name();
                    names.add(name);
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(f.content());
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.publishEvent(JournalEvent.of(JournalKind.PERSONAL_DATA_EXPORTED).about(me.accountId()));
        return bytes.toByteArray();
    }
}
