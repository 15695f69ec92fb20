package fr.ctg.minutes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.Notifications;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.minutes.ActionItemRow;
import fr.ctg.minutes.DecisionRow;
import fr.ctg.minutes.MinutesDetails;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One section of the minutes: its text (editable by the secretariat), decisions, actions and remarks. */
class SectionPanel extends Div {

    private final MinutesUiServices services;
    private final MinutesDetails details;
    private final MinutesDetails.SectionItem section;
    private final Runnable reload;
    private final LinkTitles links;

    SectionPanel(MinutesUiServices services, MinutesDetails details, MinutesDetails.SectionItem section,
                 LinkTitles links, Runnable reload) {
        this.services = services;
        this.details = details;
        this.section = section;
        this.links = links;
        this.reload = reload;
        setId("section-" + section.position());
        addClassName("ctg-card");
        add(new H3(section.position() + ". " + section.title()));
        add(details.rights().edit() ? editor() : Markdown.html(section.body()));
        add(decisions(), actions());
        if (!section.remarks().isEmpty() || details.rights().remark()) {
            add(new RemarksPanel(services, details, section, reload));
        }
        services.discussions().buttonIfReadable(DiscussionKind.MINUTES_SECTION, section.id(),
                "section-discussion-" + section.position(), section.title()).ifPresent(this::add);
    }

    private Component editor() {
        TextField title = new TextField(getTranslation("minutes.section.title"));
        title.setId("section-title-" + section.position());
        title.setValue(section.title());
        title.setMaxLength(300);
        title.setWidthFull();
        TextArea body = new TextArea(getTranslation("minutes.section.body"));
        body.setId("section-body-" + section.position());
        body.setHelperText(getTranslation("minutes.section.markdownHelp"));
        body.setValue(section.body());
        body.setWidthFull();
        body.setMinHeight("10em");
        Div preview = new Div();
        preview.setId("section-preview-" + section.position());
        preview.addClassName("ctg-preview");
        preview.setVisible(false);
        Paragraph error = new Paragraph();
        error.setId("section-error-" + section.position());
        error.addClassName("ctg-error-text");
        Button show = new Button(getTranslation("minutes.section.preview"), e -> {
            preview.removeAll();
            preview.add(Markdown.html(body.getValue()));
            preview.setVisible(true);
        });
        show.setId("section-preview-button-" + section.position());
        Button save = new Button(getTranslation("minutes.section.save"), e -> {
            try {
                services.editing().saveSection(section.id(), section.version(), title.getValue(), body.getValue());
                Notifications.success("minutes.section.saved");
                reload.run();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        save.setId("section-save-" + section.position());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(title, body, new HorizontalLayout(save, show), error, preview);
    }

    private Component decisions() {
        Div box = new Div();
        box.setId("section-decisions-" + section.position());
        if (!section.decisions().isEmpty()) {
            box.add(new H4(getTranslation("minutes.decisions")));
            Map<Long, String> objectiveTitles = links.objectiveTitles();
            Map<Long, String> documentTitles = links.documentTitles();
            UnorderedList list = new UnorderedList();
            for (DecisionRow d : section.decisions()) {
                ListItem item = new ListItem(new Span(d.text()));
                String linked = Stream.concat(
                        d.objectiveIds().stream().map(objectiveTitles::get),
                        d.documentIds().stream().map(documentTitles::get))
                        .filter(Objects::nonNull).collect(Collectors.joining(" ; "));
                if (!linked.isEmpty()) {
                    item.add(new Span(" — " + getTranslation("minutes.decision.concerns", linked)));
                }
                if (details.rights().edit()) {
                    Button remove = new Button(getTranslation("action.remove"), e -> {
                        services.editing().removeDecision(d.id());
                        reload.run();
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    item.add(remove);
                }
                list.add(item);
            }
            box.add(list);
        }
        if (details.rights().edit()) {
            Button add = new Button(getTranslation("minutes.decision.add"),
                    e -> new DecisionDialog(services, section, links, reload).open());
            add.setId("decision-add-" + section.position());
            box.add(add);
        }
        return box;
    }

    private Component actions() {
        Div box = new Div();
        box.setId("section-actions-" + section.position());
        if (!section.actions().isEmpty()) {
            box.add(new H4(getTranslation("minutes.actions")));
            UnorderedList list = new UnorderedList();
            for (ActionItemRow a : section.actions()) {
                Span status = new Span(getTranslation(a.status().labelKey()));
                status.getElement().getThemeList().add("badge");
                ListItem item = new ListItem(new Span(a.what() + " — " + a.ownerName() + " — "
                        + getTranslation("minutes.action.due", Formats.date(a.dueDate(), getLocale())) + " "), status);
                if (details.rights().edit()) {
                    Button remove = new Button(getTranslation("action.remove"), e -> {
                        services.editing().removeAction(a.id());
                        reload.run();
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    item.add(remove);
                }
                list.add(item);
            }
            box.add(list);
        }
        if (details.rights().edit()) {
            Button add = new Button(getTranslation("minutes.action.add"),
                    e -> new ActionItemDialog(services, details.conventionId(), section, links, reload).open());
            add.setId("action-add-" + section.position());
            box.add(add);
        }
        return box;
    }

    /** The form that adds a section at the end (secretariat, while the text may change). */
    static Component addSectionForm(MinutesUiServices services, long minutesId, Runnable reload) {
        TextField title = new TextField();
        title.setId("section-new-title");
        title.setLabel(title.getTranslation("minutes.section.new"));
        Paragraph error = new Paragraph();
        error.addClassName("ctg-error-text");
        Button add = new Button(title.getTranslation("minutes.section.add"), e -> {
            try {
                services.editing().addSection(minutesId, title.getValue());
                reload.run();
            } catch (BusinessRuleException ex) {
                error.setText(Notifications.message(ex));
            }
        });
        add.setId("section-add");
        HorizontalLayout row = new HorizontalLayout(title, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new Div(row, error);
    }
}
