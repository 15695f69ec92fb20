package fr.ctg.indicator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import fr.ctg.KaribuDownloads;
import fr.ctg.KaribuTest;
import fr.ctg.indicator.IndicatorFixture;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Exporter (Excel)" sits beside the CSV button of the indicators page, for the same roles. */
class IndicatorsXlsxViewTest extends KaribuTest {

    @Autowired IndicatorFixture fixture;

    IndicatorFixture.Catalogue c;

    @BeforeEach
    void catalogue() {
        c = fixture.create();
    }

    private void as(String user) {
        loginAndOpen(user, "indicateurs");
        UI.getCurrent().getPage().reload();
    }

    @Test
    void whoSeesTheCsvExportDownloadsTheWorkbook() throws Exception {
        for (String role : new String[] {"suivi", "secretariat", "referent"}) {
            as(c.user(role));
            _get(Button.class, spec -> spec.withId("indicator-csv"));
            Anchor excel = _get(Anchor.class, spec -> spec.withId("indicator-xlsx"));
            assertThat(excel.getText()).isEqualTo("Exporter (Excel)");
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(KaribuDownloads.bytes(excel)))) {
                assertThat(wb.getSheet("Valeurs").getRow(0).getCell(2).getStringCellValue()).isEqualTo("Indicateur");
            }
        }
    }

    @Test
    void inEnglishTheWorkbookIsInEnglish() throws Exception {
        as(c.user("suivi"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("indicateurs");
        Anchor excel = _get(Anchor.class, spec -> spec.withId("indicator-xlsx"));
        assertThat(excel.getText()).isEqualTo("Export (Excel)");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(KaribuDownloads.bytes(excel)))) {
            assertThat(wb.getSheet("Values").getRow(0).getCell(2).getStringCellValue()).isEqualTo("Indicator");
        }
    }

    @Test
    void whoDoesNotSeeTheCsvDoesNotSeeTheWorkbook() {
        for (String role : new String[] {"lecteur", "copil", "association"}) {
            as(c.user(role));
            assertThat(_find(Button.class, spec -> spec.withId("indicator-csv"))).isEmpty();
            assertThat(_find(Anchor.class, spec -> spec.withId("indicator-xlsx"))).isEmpty();
        }
    }
}
