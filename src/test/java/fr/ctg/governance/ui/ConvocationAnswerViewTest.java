package fr.ctg.governance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import fr.ctg.KaribuTest;
import fr.ctg.governance.AttendanceStatus;
import fr.ctg.governance.CommitteeService;
import fr.ctg.governance.ConvocationDetails;
import fr.ctg.governance.MeetingService;
import fr.ctg.governance.NewMeeting;
import fr.ctg.governance.ReceivedMail;
import fr.ctg.objective.EditingFixture;
import fr.ctg.security.AccountService;
import fr.ctg.security.Committee;
import fr.ctg.security.Role;
import fr.ctg.security.Seat;
import fr.ctg.security.SystemIdentity;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** A convened member answers from the link of their e-mail, without logging in, and names a proxy. */
class ConvocationAnswerViewTest extends KaribuTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    EditingFixture fixture;
    @Autowired
    AccountService accounts;
    @Autowired
    CommitteeService committees;
    @Autowired
    MeetingService meetings;

    @Test
    void aMemberAnswersRepresentedByAnotherConvenedMemberAndTheLinkThenSaysItWasUsed() {
        EditingFixture.World w = fixture.create();
        long copil2 = fixture.accountId(w, "copil2");
        for (String role : new String[] {"copil", "copil2"}) {
            long id = fixture.accountId(w, role);
            SystemIdentity.run(() -> accounts.grant(id, w.conventionId(), Role.COPIL_MEMBER, Committee.COMITE_PILOTAGE,
                    Seat.PERMANENT));
        }
        login.as(w.user("secretariat"));
        long copil = committees.committees(w.conventionId()).stream().filter(c -> c.kind() == Committee.COMITE_PILOTAGE)
                .findFirst().orElseThrow().id();
        long meetingId = meetings.schedule(w.conventionId(), new NewMeeting(copil, "COPIL de printemps",
                LocalDateTime.of(2027, 3, 4, 14, 0), LocalDateTime.of(2027, 3, 4, 16, 0), "Europe/Paris", "Lombez",
                null)).id();
        meetings.convene(meetingId);
        String token = token(w.user("copil") + "@test.invalid");
        login.logout();

        UI.getCurrent().navigate("convocation/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("convocation-when")).getText())
                .contains("4 mars 2027", "14:00", "16:00", "Europe/Paris");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AttendanceStatus> status = _get(RadioButtonGroup.class, spec -> spec.withId("convocation-status"));
        status.setValue(AttendanceStatus.REPRESENTED);
        @SuppressWarnings("unchecked")
        ComboBox<ConvocationDetails.ProxyChoice> proxy = _get(ComboBox.class, spec -> spec.withId("convocation-proxy"));
        assertThat(proxy.isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("convocation-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("convocation-answer-error")).getText())
                .as("a proxy is needed").contains("autre membre convoqué");
        proxy.setValue(proxy.getListDataView().getItems().filter(p -> p.accountId() == copil2).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("convocation-send")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("convocation-done")).getText()).contains("Merci");
        assertThat(_get(Paragraph.class, spec -> spec.withId("convocation-answer")).getText())
                .contains("Représenté(e)", "Dominique Copil");

        UI.getCurrent().navigate("convocation/" + token);
        assertThat(_get(Paragraph.class, spec -> spec.withId("convocation-refused")).getText()).contains("déjà répondu");
        UI.getCurrent().navigate("convocation/not-a-link");
        assertThat(_get(Paragraph.class, spec -> spec.withId("convocation-error")).getText()).contains("pas (ou plus) valable");
    }

    private static String token(String address) {
        return ReceivedMail.to(greenMail, address).getFirst().token();
    }
}
