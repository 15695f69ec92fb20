package fr.ctg.governance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.Notifications;
import fr.ctg.base.ui.PublicPage;
import fr.ctg.governance.AgendaItemRow;
import fr.ctg.governance.AttendanceStatus;
import fr.ctg.governance.ConvocationDetails;
import fr.ctg.governance.ConvocationService;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * {@code /convocation/{secret}}: the meeting a person is convened to, from the link of their e-mail, without logging
 * in (on a phone too): when and where, the agenda, and their answer — present, remote, absent, or represented by
 * another convened member. A used, replaced or outdated link says why it no longer answers.
 */
@Route(value = "convocation/:token", autoLayout = false)
@AnonymousAllowed
class ConvocationAnswerView extends PublicPage implements BeforeEnterObserver {

    private final ConvocationService convocations;
    private String token = "";

    ConvocationAnswerView(ConvocationService convocations) {
        super("convocation.page.title");
        this.convocations = convocations;
        setId("convocation-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        try {
            show(convocations.open(token), null);
        } catch (NotFoundException e) {
            render();
            Paragraph unknown = new Paragraph(getTranslation("convocation.error.unknown"));
            unknown.setId("convocation-error");
            content.add(unknown);
        }
    }

    private void show(ConvocationDetails d, String done) {
        UI.getCurrent().setLocale(d.language());
        render();
        H2 heading = new H2(d.committeeName() + " — " + d.title());
        heading.setId("convocation-meeting");
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(getLocale());
        Paragraph when = new Paragraph(getTranslation("convocation.page.when", Formats.date(d.start().toLocalDate(),
                getLocale()), time.format(d.start()), time.format(d.end()), d.start().getZone().getId()));
        when.setId("convocation-when");
        content.add(new Paragraph(getTranslation("convocation.page.hello", d.personName())), heading, when);
        if (d.place() != null) {
            content.add(new Paragraph(getTranslation("convocation.page.place", d.place())));
        }
        if (d.videoLink() != null) {
            Anchor video = new Anchor(d.videoLink(), getTranslation("convocation.page.video"), AnchorTarget.BLANK);
            video.setId("convocation-video");
            content.add(new Paragraph(video));
        }
        if (!d.agenda().isEmpty()) {
            OrderedList items = new OrderedList();
            items.setId("convocation-agenda");
            for (AgendaItemRow i : d.agenda()) {
                items.add(new ListItem(i.title() + (i.presenter() == null || i.presenter().isBlank() ? ""
                        : " — " + getTranslation("convocation.page.presenter", i.presenter()))));
            }
            content.add(new H3(getTranslation("convocation.page.agenda")), items);
        }
        if (done != null) {
            Paragraph thanks = new Paragraph(done);
            thanks.setId("convocation-done");
            thanks.getElement().setAttribute("role", "status");
            content.add(thanks);
        }
        if (d.answer() != null) {
            Paragraph answer = new Paragraph(getTranslation("convocation.page.answer", getTranslation(
                    d.answer().labelKey()) + (d.proxyName() == null ? "" : " " + getTranslation("attendance.by",
                    d.proxyName()))));
            answer.setId("convocation-answer");
            content.add(answer);
        }
        if (d.answerable()) {
            answerForm(d);
        } else {
            Paragraph why = new Paragraph(getTranslation(d.refusalKey()));
            why.setId("convocation-refused");
            content.add(why);
        }
    }

    private void answerForm(ConvocationDetails d) {
        RadioButtonGroup<AttendanceStatus> status = new RadioButtonGroup<>(getTranslation("convocation.page.question"));
        status.setId("convocation-status");
        status.setItems(AttendanceStatus.PRESENT, AttendanceStatus.REMOTE, AttendanceStatus.EXCUSED,
                AttendanceStatus.REPRESENTED);
        status.setItemLabelGenerator(s -> getTranslation("convocation.answer." + s.name()));
        status.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        status.setRequiredIndicatorVisible(true);
        ComboBox<ConvocationDetails.ProxyChoice> proxy = new ComboBox<>(getTranslation("convocation.page.proxy"),
                d.proxies());
        proxy.setId("convocation-proxy");
        proxy.setItemLabelGenerator(ConvocationDetails.ProxyChoice::displayName);
        proxy.setHelperText(getTranslation("convocation.page.proxyHelp"));
        proxy.setWidthFull();
        proxy.setVisible(false);
        status.addValueChangeListener(e -> proxy.setVisible(e.getValue() == AttendanceStatus.REPRESENTED));
        Paragraph error = error("convocation-answer-error");
        Button send = new Button(getTranslation("convocation.page.send"), e -> {
            try {
                ConvocationDetails after = convocations.answer(token, status.getValue(),
                        proxy.getValue() == null ? null : proxy.getValue().accountId());
                show(after, getTranslation("convocation.page.thanks"));
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        send.setId("convocation-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(status, proxy, error, send);
    }
}
