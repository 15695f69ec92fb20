package fr.ctg.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.diff.WordDiff;
import fr.ctg.objective.EditingFixture;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat and COPIL members edit the convention's articles and annexes like objectives: saves from an older
 * version merge field by field, a real conflict saves nothing, every version is kept and compares word by word.
 */
@CtgSpringTest
class ConventionTextServiceTest {

    @Autowired EditingFixture fixture;
    @Autowired TestLogin login;
    @Autowired ConventionTextService texts;

    EditingFixture.World w;

    @BeforeEach
    void setUp() {
        w = fixture.create();
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    private TextPartDetails as(String role, TextPart part, int number) {
        login.as(w.user(role));
        return texts.get(w.conventionId(), part, number);
    }

    @Test
    void twoEditorsChangingDifferentFieldsFromTheSameVersionBothKeepTheirChanges() {
        TextPartDetails first = as("copil", TextPart.ARTICLE, 1);
        TextPartDetails second = as("secretariat", TextPart.ARTICLE, 1);
        login.as(w.user("copil"));
        texts.save(w.conventionId(), TextPart.ARTICLE, 1, first.version(),
                first.draft().with(TextPartField.TITLE, "Objet de la CTG"));
        login.as(w.user("secretariat"));
        TextSaveOutcome out = texts.save(w.conventionId(), TextPart.ARTICLE, 1, second.version(),
                second.draft().with(TextPartField.BODY, "La convention définit le projet social du territoire."));
        TextSaveOutcome.Saved saved = (TextSaveOutcome.Saved) out;
        assertThat(saved.mergedFromOthers()).containsExactly(TextPartField.TITLE);
        assertThat(saved.details().draft().title()).isEqualTo("Objet de la CTG");
        assertThat(saved.details().draft().body()).isEqualTo("La convention définit le projet social du territoire.");
        assertThat(saved.details().versionNumber()).isEqualTo(3);
        assertThat(saved.details().updatedBy()).startsWith("Sacha Secrétariat");
    }

    @Test
    void aRealConflictSavesNothingAndReturnsBothWordings() {
        TextPartDetails first = as("copil", TextPart.ARTICLE, 10);
        TextPartDetails second = as("copil2", TextPart.ARTICLE, 10);
        login.as(w.user("copil"));
        texts.save(w.conventionId(), TextPart.ARTICLE, 10, first.version(),
                first.draft().with(TextPartField.BODY, "Conclue jusqu’au 31 décembre 2029."));
        login.as(w.user("copil2"));
        TextSaveOutcome out = texts.save(w.conventionId(), TextPart.ARTICLE, 10, second.version(),
                second.draft().with(TextPartField.BODY, "Conclue jusqu’au 30 juin 2029."));
        TextSaveOutcome.Conflict conflict = (TextSaveOutcome.Conflict) out;
        assertThat(conflict.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo(TextPartField.BODY);
            assertThat(c.mine()).isEqualTo("Conclue jusqu’au 30 juin 2029.");
            assertThat(c.theirs()).isEqualTo("Conclue jusqu’au 31 décembre 2029.");
        });
        assertThat(conflict.lastEditor()).startsWith("Camille Copil");
        assertThat(texts.get(w.conventionId(), TextPart.ARTICLE, 10).draft().body())
                .isEqualTo("Conclue jusqu’au 31 décembre 2029.");

        TextSaveOutcome resolved = texts.save(w.conventionId(), TextPart.ARTICLE, 10, conflict.current().version(),
                conflict.merged().with(TextPartField.BODY, "Conclue jusqu’au 30 juin 2029."));
        assertThat(((TextSaveOutcome.Saved) resolved).details().draft().body()).isEqualTo("Conclue jusqu’au 30 juin 2029.");
    }

    @Test
    void everyVersionIsKeptAndComparesWordByWord() {
        TextPartDetails d = as("secretariat", TextPart.ANNEX, 1);
        texts.save(w.conventionId(), TextPart.ANNEX, 1, d.version(), new TextDraft(d.draft().title(),
                "Places d’EAJE : 24 places.", true));
        List<TextRevision> revisions = texts.history(w.conventionId(), TextPart.ANNEX, 1);
        assertThat(revisions).hasSize(2);
        assertThat(revisions.getFirst().changed()).containsExactlyInAnyOrder(TextPartField.BODY, TextPartField.PROVIDED);
        assertThat(revisions.getFirst().displayName()).startsWith("Sacha Secrétariat");

        login.as(w.user("lecteur"));
        TextDiff diff = texts.diff(w.conventionId(), TextPart.ANNEX, 1, revisions.get(1).revision(),
                revisions.getFirst().revision());
        assertThat(diff.changes()).extracting(TextDiff.FieldChange::field)
                .containsExactly(TextPartField.BODY, TextPartField.PROVIDED);
        assertThat(diff.changes().getFirst().words()).extracting(WordDiff.Segment::kind)
                .containsExactly(WordDiff.Kind.INSERTED);
    }

    @Test
    void readersReadAndOnlyEditorsSave() {
        TextPartDetails d = as("lecteur", TextPart.ARTICLE, 1);
        assertThat(d.canEdit()).isFalse();
        assertThatThrownBy(() -> texts.save(w.conventionId(), TextPart.ARTICLE, 1, d.version(),
                d.draft().with(TextPartField.TITLE, "Pris par un lecteur"))).isInstanceOf(AccessRefusedException.class);
        login.as(w.user("suivi"));
        assertThatThrownBy(() -> texts.save(w.conventionId(), TextPart.ARTICLE, 1, d.version(),
                d.draft().with(TextPartField.TITLE, "Pris par le suivi"))).isInstanceOf(AccessRefusedException.class);
        login.as(w.user("association"));
        assertThatThrownBy(() -> texts.get(w.conventionId(), TextPart.ARTICLE, 1))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(as("copil", TextPart.ARTICLE, 1).draft().title()).isEqualTo("Objet de la convention");
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingIsSaved() {
        TextPartDetails d = as("secretariat", TextPart.ARTICLE, 1);
        assertThatThrownBy(() -> texts.save(w.conventionId(), TextPart.ARTICLE, 1, d.version(),
                d.draft().with(TextPartField.TITLE, "   ")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("convention.error.textTitle");
        assertThatThrownBy(() -> texts.save(w.conventionId(), TextPart.ARTICLE, 1, d.version(),
                d.draft().with(TextPartField.BODY, "")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("convention.error.articleBody");
        assertThatThrownBy(() -> texts.save(w.conventionId(), TextPart.ARTICLE, 1, d.version(),
                d.draft().with(TextPartField.BODY, "x".repeat(ConventionTextService.MAX_BODY + 1))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("convention.error.textTooLong");
        assertThat(texts.get(w.conventionId(), TextPart.ARTICLE, 1)).isEqualTo(d);
        assertThat(texts.history(w.conventionId(), TextPart.ARTICLE, 1)).hasSize(1);
    }
}
