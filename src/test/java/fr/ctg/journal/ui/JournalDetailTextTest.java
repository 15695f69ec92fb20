package fr.ctg.journal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.base.journal.JournalKind;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The journal's stored codes are read as words in the reader's language; free text stays as written. */
class JournalDetailTextTest {

    @Test
    void codesBecomeLabelsInTheReadersLanguage() {
        String stored = "MEMBER sacha@cc-saves.test SECRETARIAT | COMITE_PILOTAGE PERMANENT EPCI";
        assertThat(text(Locale.FRENCH).of(JournalKind.INVITATION_SENT, stored))
                .isEqualTo("Membre sacha@cc-saves.test Secrétariat | Comité de pilotage permanent Intercommunalité");
        assertThat(text(Locale.ENGLISH).of(JournalKind.INVITATION_SENT, stored))
                .startsWith("Member sacha@cc-saves.test Secretariat | ");
        assertThat(text(Locale.FRENCH).of(JournalKind.ROLES_CHANGED, "ADMIN → READER, COPIL_MEMBER"))
                .doesNotContain("ADMIN", "READER", "COPIL_MEMBER").contains(" → ");
        assertThat(text(Locale.FRENCH).of(JournalKind.ROLES_GRANTED, "UNKNOWN_CODE")).isEqualTo("UNKNOWN_CODE");
        assertThat(text(Locale.FRENCH).of(JournalKind.LOGIN, null)).isEmpty();
    }

    @Test
    void freeTextIsNotTouchedAndTheOtherDetailsAreTranslated() {
        assertThat(text(Locale.FRENCH).of(JournalKind.DOCUMENT_DOWNLOADED, "document 12 v2 Bilan CAF ADMIN.pdf"))
                .isEqualTo("document 12 v2 Bilan CAF ADMIN.pdf");
        assertThat(text(Locale.FRENCH).of(JournalKind.CONVENTION_SETTINGS_CHANGED, "rules"))
                .isEqualTo("Règles d’échéances");
        assertThat(text(Locale.ENGLISH).of(JournalKind.LOGIN_FAILED, "bad credentials"))
                .isEqualTo("Wrong user name or password");
        assertThat(text(Locale.FRENCH).of(JournalKind.EXPORT, "members 12")).isEqualTo("Liste des membres (lignes) — 12");
        assertThat(text(Locale.FRENCH).of(JournalKind.EXPORT, "quelque chose 3")).isEqualTo("quelque chose 3");
    }

    private static JournalDetailText text(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new JournalDetailText(bundle::getString);
    }
}
