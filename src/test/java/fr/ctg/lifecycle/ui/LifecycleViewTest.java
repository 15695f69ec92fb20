package fr.ctg.lifecycle.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.KaribuTest;
import fr.ctg.objective.EditingFixture;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Through Article 10's page: a termination shorter than the notice is refused, the right one lists commitments. */
class LifecycleViewTest extends KaribuTest {

    @Autowired EditingFixture fixture;
    @Autowired Clock clock;

    EditingFixture.World w;

    @BeforeEach
    void world() {
        w = fixture.create();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSecretariatRecordsATerminationWithItsNotice() {
        loginAndOpen(w.user("secretariat"), "convention/duree");
        assertThat(_get(Paragraph.class, spec -> spec.withId("lifecycle-state")).getText()).contains("En vigueur");
        ComboBox<Object> party = _get(ComboBox.class, spec -> spec.withId("termination-party"));
        _setValue(party, party.getListDataView().getItems().findFirst().orElseThrow());
        LocalDate sent = LocalDate.now(clock).minusDays(3);
        _setValue(_get(DatePicker.class, spec -> spec.withId("termination-sent-on")), sent);
        _setValue(_get(TextField.class, spec -> spec.withId("termination-ar")), "1A 987 654 3210 9");
        _setValue(_get(DatePicker.class, spec -> spec.withId("termination-effective")), sent.plusMonths(1));
        _click(_get(Button.class, spec -> spec.withId("termination-save")));
        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
                .contains("préavis de la convention est de 3 mois");
        _setValue(_get(DatePicker.class, spec -> spec.withId("termination-effective")), null);
        _click(_get(Button.class, spec -> spec.withId("termination-save")));
        assertThat(BasicUtilsKt.get_textRecursively(_get(Component.class, spec -> spec.withId("lifecycle-termination"))))
                .contains("1A 987 654 3210 9", "Ouvrir un lieu d’accueil enfants-parents");
        assertThat(_find(Button.class, spec -> spec.withId("termination-save"))).isEmpty();
    }

    @Test
    void aReaderReadsTheCourseButRecordsNothing() {
        loginAndOpen(w.user("lecteur"), "convention/duree");
        assertThat(_find(Button.class, spec -> spec.withId("termination-save"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("renewal-save"))).isEmpty();
    }
}
