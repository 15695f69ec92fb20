package fr.ctg.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.convention.ConventionStatus;
import fr.ctg.base.PartyKind;
import fr.ctg.convention.RenewalMode;
import fr.ctg.objective.ObjectiveStatus;
import fr.ctg.security.Committee;
import fr.ctg.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI text exists in French and in English, and every key the code names is in the bundle. */
class TranslationBundleTest {

    private final TranslationProvider provider = new TranslationProvider();
    private final ResourceBundle french = TranslationProvider.bundle(TranslationProvider.FRENCH);
    private final ResourceBundle english = TranslationProvider.bundle(TranslationProvider.ENGLISH);

    @Test
    void frenchAndEnglishHaveTheSameKeys() {
        assertThat(new TreeSet<>(Collections.list(english.getKeys()))).isEqualTo(new TreeSet<>(Collections.list(french.getKeys())));
    }

    @Test
    void frenchIsTheDefaultAndEnglishIsTranslated() {
        assertThat(provider.getTranslation("nav.objectives", Locale.FRENCH)).isEqualTo("Objectifs");
        assertThat(provider.getTranslation("nav.objectives", Locale.ENGLISH)).isEqualTo("Objectives");
        assertThat(provider.getTranslation("nav.objectives", Locale.GERMAN)).isEqualTo("Objectifs");
        assertThat(provider.getTranslation("no.such.key", Locale.FRENCH)).isEqualTo("!no.such.key!");
    }

    @Test
    void parametersAreFormattedInTheReadersLanguage() {
        assertThat(provider.getTranslation("objective.error.titleTooLong", Locale.FRENCH, 300))
                .isEqualTo("Le titre de l’objectif ne doit pas dépasser 300 caractères.");
        assertThat(provider.getTranslation("dashboard.dates.ended", Locale.FRENCH, 2889))
                .isEqualTo("Convention échue depuis 2\u202f889 jours.");
        assertThat(provider.getTranslation("dashboard.objectives.count", Locale.ENGLISH, 1)).isEqualTo("1 objective");
    }

    @Test
    void noPlainApostropheInMessagesWithParameters() {
        for (ResourceBundle bundle : new ResourceBundle[] {french, english}) {
            for (String key : Collections.list(bundle.getKeys())) {
                String value = bundle.getString(key);
                if (value.contains("{")) {
                    assertThat(value).as(key + " (MessageFormat eats a single ')").doesNotContain("'");
                }
            }
        }
    }

    @Test
    void everyKeyNamedInTheCodeExists() throws IOException {
        Set<String> keys = new HashSet<>(Collections.list(french.getKeys()));
        Pattern literal = Pattern.compile("\"((?:app|login|layout|nav|dashboard|convention|objectives?|error|account|notification|action|document|deliberation|meeting|deadline|calendar|ical|attendance|convocation|reminder|agenda|milestone|committees?|minutes|actionItem|remark|indicator|contribution|upload|invitation|invite|invitations|members?|cafs?|journal|wizard|settings|terms|parties|rules|bulk|grant|setup|forgot|reset|privacy|public|logo|person|items|seat|mail)\\.[A-Za-z0-9.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (!keys.contains(key) && !key.endsWith(".") && !key.matches(".*\\.(csv|json|zip|pdf|png)")) {
                        missing.add(key + " in " + file.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumLabelExists() {
        Stream.of(Role.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(Committee.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(ConventionStatus.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(RenewalMode.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(PartyKind.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(fr.ctg.security.Seat.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(fr.ctg.objective.ObjectiveField.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(fr.ctg.document.DocumentKind.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(fr.ctg.document.IssuingBody.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(fr.ctg.governance.DeadlineKind.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(fr.ctg.governance.MeetingStatus.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(fr.ctg.governance.SecretariatParty.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(ObjectiveStatus.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(fr.ctg.minutes.MinutesStatus.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(fr.ctg.minutes.Audience.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(fr.ctg.minutes.ActionStatus.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        for (Enum<?>[] values : java.util.List.<Enum<?>[]>of(fr.ctg.indicator.Periodicity.values(),
                fr.ctg.indicator.IndicatorKind.values(), fr.ctg.indicator.Direction.values(),
                fr.ctg.indicator.SourceKind.values(), fr.ctg.indicator.DashboardRow.Trend.values(),
                fr.ctg.indicator.ImportPreview.Outcome.values())) {
            for (Enum<?> v : values) {
                String key = switch (v) {
                    case fr.ctg.indicator.Periodicity p -> p.labelKey();
                    case fr.ctg.indicator.IndicatorKind k -> k.labelKey();
                    case fr.ctg.indicator.Direction d -> d.labelKey();
                    case fr.ctg.indicator.SourceKind s -> s.labelKey();
                    case fr.ctg.indicator.DashboardRow.Trend t -> t.labelKey();
                    case fr.ctg.indicator.ImportPreview.Outcome o -> o.labelKey();
                    default -> throw new IllegalStateException();
                };
                assertThat(french.containsKey(key)).as(key).isTrue();
            }
        }
        Stream.of(fr.ctg.contribution.QuestionKind.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(fr.ctg.contribution.SubmissionStatus.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(fr.ctg.contribution.ReviewStatus.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(fr.ctg.minutes.RemarkResolution.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(fr.ctg.base.journal.JournalKind.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(fr.ctg.security.InvitationKind.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(fr.ctg.security.InvitationRow.Status.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(fr.ctg.security.Seat.values()).forEach(v -> assertThat(french.containsKey("seat.short." + v.name())).as(v.name()).isTrue());
        fr.ctg.governance.CommitteeSettingsService.RULE_KINDS.forEach(v -> assertThat(french.containsKey("rules.kind." + v.name()))
                .as(v.name()).isTrue());
    }
}
