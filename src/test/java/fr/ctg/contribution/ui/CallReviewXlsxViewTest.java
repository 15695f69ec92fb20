package fr.ctg.contribution.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import fr.ctg.KaribuDownloads;
import fr.ctg.KaribuTest;
import fr.ctg.contribution.ContributionFixture;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review page offers the answers in Excel beside the CSV and the PDF, to the staff who see those. */
class CallReviewXlsxViewTest extends KaribuTest {

    @Autowired ContributionFixture fixture;

    @Test
    void theStaffDownloadTheAnswersAsAWorkbook() throws Exception {
        ContributionFixture.World c = fixture.create();
        for (String role : new String[] {"referent", "secretariat"}) {
            loginAndOpen(c.user(role), "contributions/" + c.callId() + "/reponses");
            UI.getCurrent().getPage().reload();
            _get(Anchor.class, spec -> spec.withId("review-csv"));
            Anchor excel = _get(Anchor.class, spec -> spec.withId("review-xlsx"));
            assertThat(excel.getText()).isEqualTo("Exporter (Excel)");
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(KaribuDownloads.bytes(excel)))) {
                assertThat(wb.getSheet("Réponses").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Organisation");
                assertThat(wb.getSheet("Réponses").getRow(0).getCell(4).getStringCellValue())
                        .isEqualTo("Quels besoins des familles observez-vous ?");
            }
        }
    }
}
