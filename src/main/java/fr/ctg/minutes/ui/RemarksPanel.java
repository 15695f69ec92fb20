package fr.ctg.minutes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.minutes.MinutesDetails;
import fr.ctg.minutes.RemarkResolution;
import fr.ctg.minutes.RemarkRow;

/** Review remarks on a section: attendees add them; the secretariat accepts or answers each. */
class RemarksPanel extends Div {

    private final MinutesUiServices services;
    private final Runnable reload;

    RemarksPanel(MinutesUiServices services, MinutesDetails details, MinutesDetails.SectionItem section, Runnable reload) {
        this.services = services;
        this.reload = reload;
        setId("remarks-" + section.position());
        addClassName("ctg-remarks");
        add(new H4(getTranslation("minutes.remarks")));
        for (RemarkRow r : section.remarks()) {
            add(remark(r, details.rights().resolve()));
        }
        if (details.rights().remark()) {
            TextArea text = new TextArea(getTranslation("minutes.remark.new"));
            text.setId("remark-text-" + section.position());
            text.setMaxLength(2000);
            text.setWidthFull();
            Paragraph error = new Paragraph();
            error.setId("remark-error-" + section.position());
            error.addClassName("ctg-error-text");
            Button add = new Button(getTranslation("minutes.remark.add"), e -> {
                try {
                    services.review().remark(section.id(), text.getValue());
                    Notifications.success("minutes.remark.saved");
                    reload.run();
                } catch (BusinessRuleException ex) {
                    error.setText(Notifications.message(ex));
                }
            });
            add.setId("remark-add-" + section.position());
            add(text, add, error);
        }
    }

    private Div remark(RemarkRow r, boolean canResolve) {
        Div box = new Div();
        box.setId("remark-" + r.id());
        box.addClassName("ctg-remark");
        box.add(new Paragraph(new Span(r.authorName() + " : "), new Span(r.body())));
        if (!r.open()) {
            Span resolution = new Span(getTranslation(r.resolution().labelKey()));
            resolution.getElement().getThemeList().add("badge success");
            box.add(new Paragraph(resolution, new Span(r.answer() == null ? "" : " " + r.answer())));
            return box;
        }
        Span open = new Span(getTranslation("minutes.remark.open"));
        open.getElement().getThemeList().add("badge contrast");
        box.add(open);
        if (canResolve) {
            TextArea answer = new TextArea(getTranslation("minutes.remark.answer"));
            answer.setId("remark-answer-" + r.id());
            answer.setWidthFull();
            Paragraph error = new Paragraph();
            error.addClassName("ctg-error-text");
            Button accept = new Button(getTranslation("minutes.remark.accept"),
                    e -> resolve(r, RemarkResolution.ACCEPTED, answer.getValue(), error));
            accept.setId("remark-accept-" + r.id());
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button reply = new Button(getTranslation("minutes.remark.reply"),
                    e -> resolve(r, RemarkResolution.ANSWERED, answer.getValue(), error));
            reply.setId("remark-reply-" + r.id());
            reply.addThemeVariants(ButtonVariant.LUMO_SMALL);
            box.add(answer, new HorizontalLayout(accept, reply), error);
        }
        return box;
    }

    private void resolve(RemarkRow r, RemarkResolution resolution, String answer, Paragraph error) {
        try {
            services.review().resolve(r.id(), resolution, answer);
            reload.run();
        } catch (BusinessRuleException ex) {
            error.setText(Notifications.message(ex));
        }
    }
}
