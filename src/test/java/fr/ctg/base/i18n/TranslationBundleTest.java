package fr.ctg.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.base.PartyKind;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.contribution.QuestionKind;
import fr.ctg.contribution.ReviewStatus;
import fr.ctg.contribution.SubmissionStatus;
import fr.ctg.convention.ConventionStatus;
import fr.ctg.convention.RenewalMode;
import fr.ctg.document.DocumentKind;
import fr.ctg.document.IssuingBody;
import fr.ctg.governance.CommitteeSettingsService;
import fr.ctg.governance.DeadlineKind;
import fr.ctg.governance.MeetingStatus;
import fr.ctg.governance.SecretariatParty;
import fr.ctg.indicator.DashboardRow;
import fr.ctg.indicator.Direction;
import fr.ctg.indicator.ImportPreview;
import fr.ctg.indicator.IndicatorKind;
import fr.ctg.indicator.Periodicity;
import fr.ctg.indicator.SourceKind;
import fr.ctg.minutes.ActionStatus;
import fr.ctg.minutes.Audience;
import fr.ctg.minutes.MinutesStatus;
import fr.ctg.minutes.RemarkResolution;
import fr.ctg.objective.ObjectiveField;
import fr.ctg.objective.ObjectiveStatus;
import fr.ctg.security.Committee;
import fr.ctg.security.InvitationKind;
import fr.ctg.security.InvitationRow;
import fr.ctg.security.Role;
import fr.ctg.security.Seat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
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
        Pattern literal = Pattern.compile("\"((?:app|login|layout|nav|dashboard|convention|objectives?|error|account|notification|action|document|deliberation|meeting|deadline|calendar|ical|attendance|convocation|reminder|agenda|milestone|committees?|minutes|actionItem|remark|indicator|evaluation|contribution|upload|invitation|invite|invitations|members?|cafs?|journal|wizard|settings|terms|parties|rules|bulk|grant|setup|forgot|reset|privacy|public|logo|person|items|seat|mail)\\.[A-Za-z0-9.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (!keys.contains(key) && !key.endsWith(".") && !key.matches(".*\\.(csv|json|zip|pdf|png|ics)")) {
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
        Stream.of(Seat.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(ObjectiveField.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(DocumentKind.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(IssuingBody.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(DeadlineKind.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(MeetingStatus.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(SecretariatParty.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(ObjectiveStatus.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(MinutesStatus.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(Audience.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(ActionStatus.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        for (Enum<?>[] values : List.<Enum<?>[]>of(Periodicity.values(),
                IndicatorKind.values(), Direction.values(),
                SourceKind.values(), DashboardRow.Trend.values(),
                ImportPreview.Outcome.values())) {
            for (Enum<?> v : values) {
                String key = switch (v) {
                    case Periodicity p -> p.labelKey();
                    case IndicatorKind k -> k.labelKey();
                    case Direction d -> d.labelKey();
                    case SourceKind s -> s.labelKey();
                    case DashboardRow.Trend t -> t.labelKey();
                    case ImportPreview.Outcome o -> o.labelKey();
                    default -> throw new IllegalStateException();
                };
                assertThat(french.containsKey(key)).as(key).isTrue();
            }
        }
        Stream.of(QuestionKind.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(SubmissionStatus.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(ReviewStatus.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(RemarkResolution.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(JournalKind.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(InvitationKind.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(InvitationRow.Status.values()).forEach(v -> assertThat(french.containsKey(v.labelKey())).as(v.labelKey()).isTrue());
        Stream.of(Seat.values()).forEach(v -> assertThat(french.containsKey("seat.short." + v.name())).as(v.name()).isTrue());
        CommitteeSettingsService.RULE_KINDS.forEach(v -> assertThat(french.containsKey("rules.kind." + v.name()))
                .as(v.name()).isTrue());
    }
}
