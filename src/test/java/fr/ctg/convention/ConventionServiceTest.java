package fr.ctg.convention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.PartyKind;
import fr.ctg.security.CurrentUser;
import fr.ctg.security.SystemIdentity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What each person may read of which convention, and the dates of Article 10. */
@CtgSpringTest
class ConventionServiceTest {

    @Autowired
    ConventionService conventions;
    @Autowired
    TestLogin login;

    @AfterEach
    void logout() {
        login.logout();
    }

    private long idOf(String code) {
        login.as("admin");
        return conventions.myConventions().stream().filter(c -> c.code().equals(code)).mapToLong(ConventionRef::id)
                .findFirst().orElseThrow();
    }

    @Test
    void eachPersonSeesOnlyTheConventionsTheyBelongTo() {
        long saves = idOf("saves");
        long coteaux = idOf("demo-coteaux");
        login.as("admin");
        assertThat(conventions.myConventions()).extracting(ConventionRef::code).contains("saves", "demo-coteaux");
        login.as("copil");
        assertThat(conventions.myConventions()).extracting(ConventionRef::id).containsExactlyInAnyOrder(saves, coteaux);
        login.as("lecteur");
        assertThat(conventions.myConventions()).extracting(ConventionRef::id).containsExactly(saves);
    }

    @Test
    void aNonMemberGetsNotFoundForEveryReadOfAnotherConvention() {
        long coteaux = idOf("demo-coteaux");
        login.as("lecteur");
        assertThatThrownBy(() -> conventions.overview(coteaux)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conventions.text(coteaux)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conventions.ref(coteaux)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conventions.header(coteaux)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conventions.fields(coteaux)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conventions.thematicGroups(coteaux)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> conventions.overview(987_654_321L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAssociationSeesTheConventionsNameButNotItsContent() {
        long saves = idOf("saves");
        login.as("association");
        assertThat(conventions.ref(saves).code()).isEqualTo("saves");
        assertThat(conventions.header(saves).logos()).hasSize(2);
        assertThatThrownBy(() -> conventions.overview(saves)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> conventions.text(saves)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> conventions.fields(saves)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void nobodyLoggedInGetsNothing() {
        long saves = idOf("saves");
        login.logout();
        assertThatThrownBy(() -> conventions.overview(saves)).isInstanceOf(CurrentUser.NotAuthenticatedException.class);
        assertThatThrownBy(() -> conventions.myConventions()).isInstanceOf(CurrentUser.NotAuthenticatedException.class);
    }

    @Test
    void theOverviewCountsTheDaysOfArticle10WithTheClock() {
        long saves = idOf("saves");
        login.as("lecteur");
        ConventionOverview o = conventions.overview(saves);
        assertThat(o.endDate()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(o.noticeMonths()).isEqualTo(3);
        assertThat(o.noticeDeadline()).isEqualTo(LocalDate.of(2018, 9, 30));
        // the test clock says 28 November 2026: the convention ended 2889 days earlier
        assertThat(o.daysToEnd()).isEqualTo(-2889);
        assertThat(o.daysToNoticeDeadline()).isEqualTo(-2981);
        assertThat(o.parties()).extracting(ConventionOverview.PartyRow::shortName).containsExactly("Caf du Gers", "CC du Savès");
        assertThat(o.parties().get(0).signatories()).extracting(ConventionOverview.SignatoryRow::fullName)
                .containsExactly("Bernard Brambilla", "Denis Escoda");
        assertThat(o.territoryPortrait()).anySatisfy(f -> {
            assertThat(f.label()).isEqualTo("Habitants");
            assertThat(f.value()).isEqualByComparingTo(new BigDecimal("9172"));
            assertThat(f.year()).isEqualTo(2010);
        });
        assertThat(o.fields()).hasSize(4);
        assertThat(o.thematicGroups()).hasSize(6);
    }

    @Test
    void theNoticeDeadlineClampsToTheEndOfShorterMonths() {
        assertThat(ConventionService.noticeDeadline(LocalDate.of(2019, 5, 31), 3)).isEqualTo(LocalDate.of(2019, 2, 28));
        assertThat(ConventionService.noticeDeadline(LocalDate.of(2020, 5, 31), 3)).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(ConventionService.noticeDeadline(LocalDate.of(2018, 12, 31), 0)).isEqualTo(LocalDate.of(2018, 12, 31));
    }

    @Test
    void theTextHoldsTheLegalBasisArticlesAndAnnexes() {
        long saves = idOf("saves");
        login.as("suivi");
        ConventionText text = conventions.text(saves);
        assertThat(text.legalBasis()).hasSize(9).first().asString().startsWith("Vu les articles L. 263-1");
        assertThat(text.articles()).extracting(ConventionText.ArticleItem::number)
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(text.articles().get(12).title()).isEqualTo("Confidentialité");
        assertThat(text.annexes()).extracting(ConventionText.AnnexItem::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void onlyTheCafsAdministratorsCreateConventionsAndBadInputIsRefused() {
        login.as("copil");
        assertThatThrownBy(() -> conventions.create(gers(), minimal("x-conv", LocalDate.of(2025, 1, 1))))
                .as("the Caf does not exist for a member").isInstanceOf(NotFoundException.class);
        login.as("admin");
        assertThatThrownBy(() -> conventions.create(gers(), minimal("Bad Code", LocalDate.of(2025, 1, 1))))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "convention.error.code");
        assertThatThrownBy(() -> conventions.create(gers(), minimal("ends-before", LocalDate.of(2019, 1, 1))))
                .hasFieldOrPropertyWithValue("messageKey", "convention.error.dates");
        assertThatThrownBy(() -> conventions.create(gers(), minimal("saves", LocalDate.of(2025, 1, 1))))
                .hasFieldOrPropertyWithValue("messageKey", "convention.error.codeTaken");
        assertThat(conventions.existsByCode("Bad Code")).isFalse();
        assertThat(conventions.existsByCode("ends-before")).isFalse();
    }

    @Autowired
    CafService cafs;

    private long gers() {
        return SystemIdentity.call(() -> cafs.idOfCode("gers").orElseThrow());
    }

    private static NewConvention minimal(String code, LocalDate end) {
        NewConvention.NewParty caf = new NewConvention.NewParty(PartyKind.CAF, "Caf", "Caf", null, null, null, List.of());
        NewConvention.NewParty cc = new NewConvention.NewParty(PartyKind.EPCI, "CC", "CC", null, null, null, List.of());
        return new NewConvention(code, "Test", "Territoire", null, LocalDate.of(2020, 1, 1), end, RenewalMode.NONE, 3,
                null, ConventionStatus.DRAFT, false, List.of(caf, cc), List.of(), List.of(), List.of(), List.of("Champ"),
                List.of(), List.of());
    }
}
