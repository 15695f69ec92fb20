package fr.ctg.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import fr.ctg.KaribuTest;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The secretariat builds the Savès annual report from the page: progress, then both downloads and the gaps. */
class ReportsViewTest extends KaribuTest {

    @Test
    void theAnnualReportIsBuiltOffTheRequestThreadAndOffersBothFiles() throws Exception {
        loginAndOpen("secretariat", "rapports");
        ReportsView view = _get(ReportsView.class);
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-from")), LocalDate.of(2025, 1, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-to")), LocalDate.of(2025, 12, 31));
        _click(_get(Button.class, spec -> spec.withId("report-build")));

        assertThat(_get(ProgressBar.class, spec -> spec.withId("report-progress")).isVisible()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("report-build")).isEnabled()).as("one build at a time").isFalse();
        view.running.get(60, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();

        assertThat(_get(Span.class, spec -> spec.withId("report-step")).getText()).startsWith("Rapport prêt");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-docx")).getText()).isEqualTo("Télécharger le DOCX");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-pdf")).getText()).isEqualTo("Télécharger le PDF/A");
        assertThat(_find(ProgressBar.class, spec -> spec.withId("report-progress"))).as("hidden once done").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("report-publish"))).hasSize(1);
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedWithItsReason() {
        loginAndOpen("copil", "rapports");
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-from")), LocalDate.of(2025, 12, 31));
        _setValue(_get(DatePicker.class, spec -> spec.withId("report-to")), LocalDate.of(2025, 1, 1));
        _click(_get(Button.class, spec -> spec.withId("report-build")));
        assertThat(_find(ProgressBar.class, spec -> spec.withId("report-progress"))).as("nothing started").isEmpty();
        assertThat(_find(UnorderedList.class, spec -> spec.withId("report-missing"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("report-docx"))).isEmpty();
    }
}
