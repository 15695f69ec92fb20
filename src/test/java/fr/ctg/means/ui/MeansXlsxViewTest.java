package fr.ctg.means.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import fr.ctg.KaribuDownloads;
import fr.ctg.KaribuTest;
import fr.ctg.objective.EditingFixture;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Excel export sits beside the CSV one in the means dialog, for everyone who opens it. */
class MeansXlsxViewTest extends KaribuTest {

    @Autowired EditingFixture fixture;

    EditingFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.create();
    }

    @Test
    void readersAndEditorsDownloadTheWorkbookBesideTheCsv() throws Exception {
        for (String role : new String[] {"lecteur", "secretariat"}) {
            loginAndOpen(w.user(role), "moyens");
            _click(_get(Button.class, spec -> spec.withId("means-csv")));
            _get(Anchor.class, spec -> spec.withId("means-csv-download"));
            Anchor excel = _get(Anchor.class, spec -> spec.withId("means-xlsx-download"));
            assertThat(excel.getText()).isEqualTo("Exporter (Excel)");
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(KaribuDownloads.bytes(excel)))) {
                assertThat(wb.getSheet("Lignes").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Partenaire");
            }
        }
    }
}
