package fr.ctg.avenant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fr.ctg.avenant.ChangeTexts;
import fr.ctg.avenant.ConsolidatedVersion;
import fr.ctg.avenant.ConsolidationService;
import fr.ctg.avenant.SnapshotItem;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.TimeConfig;
import fr.ctg.base.i18n.Formats;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;

/**
 * The consolidated convention: as it stood at the end of a chosen day (text, annexes, objectives, dates, parties),
 * or as signed with its signed avenants. {@code ?date=2026-11-30} or {@code ?signee} in the address.
 */
@Route("convention/consolidee")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER})
class ConsolidatedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsolidationService consolidation;
    private final ChangeTexts texts;
    private final CurrentConvention currentConvention;
    private final DatePicker day = new DatePicker();
    private final Paragraph note = new Paragraph();
    private final Div content = new Div();

    ConsolidatedView(ConsolidationService consolidation, ChangeTexts texts, CurrentConvention currentConvention) {
        this.consolidation = consolidation;
        this.texts = texts;
        this.currentConvention = currentConvention;
        add(new H2(getTranslation("consolidated.title")));
        day.setLabel(getTranslation("consolidated.day"));
        day.setId("consolidated-day");
        day.setMax(LocalDate.now(TimeConfig.ZONE));
        Button show = new Button(getTranslation("consolidated.show"), e -> navigate(day.getValue() == null ? null
                : Map.of("date", day.getValue().toString())));
        show.setId("consolidated-show");
        Button signed = new Button(getTranslation("consolidated.asSigned"), e -> navigate(Map.of("signee", "")));
        signed.setId("consolidated-signed");
        HorizontalLayout bar = new HorizontalLayout(day, show, signed);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        note.setId("consolidated-note");
        content.setId("consolidated-content");
        add(bar, note, content);
    }

    private void navigate(Map<String, String> query) {
        if (query == null) {
            day.setInvalid(true);
            day.setErrorMessage(getTranslation("consolidated.error.day"));
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(ConsolidatedView.class, QueryParameters.simple(query)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        Map<String, java.util.List<String>> q = event.getLocation().getQueryParameters().getParameters();
        try {
            ConsolidatedVersion v;
            if (q.containsKey("signee")) {
                v = consolidation.asSigned(conventionId);
            } else {
                LocalDate d = q.containsKey("date") ? LocalDate.parse(q.get("date").getFirst())
                        : LocalDate.now(TimeConfig.ZONE);
                day.setValue(d);
                v = consolidation.at(conventionId, d);
            }
            show(v);
        } catch (DateTimeParseException e) {
            note.setText(getTranslation("consolidated.error.day"));
            content.removeAll();
        } catch (BusinessRuleException e) {
            note.setText(Notifications.message(e));
            content.removeAll();
        }
    }

    private void show(ConsolidatedVersion v) {
        var locale = getLocale();
        String recorded = Formats.date(v.recordedAt().atZone(TimeConfig.ZONE).toLocalDate(), locale);
        note.setText(v.asSigned() ? getTranslation("consolidated.noteSigned", recorded)
                : v.beforeRecords() ? getTranslation("consolidated.noteBefore", Formats.date(v.day(), locale), recorded)
                : getTranslation("consolidated.noteDay", Formats.date(v.day(), locale)));
        content.removeAll();
        String group = null;
        for (SnapshotItem item : v.items()) {
            String heading = texts.heading(locale, item.group(), item.number());
            boolean text = item.key().startsWith("article:") || item.key().startsWith("annex:");
            if (text) {
                H3 h = new H3(heading + " – " + item.subject());
                content.add(h);
                group = null;
            } else {
                if (!Objects.equals(group, heading)) {
                    content.add(new H3(heading));
                    group = heading;
                }
                content.add(new H4(item.subject()));
            }
            Div body = ChangeRendering.item(texts, locale, item);
            body.setId("consolidated-" + item.key().replace(':', '-'));
            content.add(body);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consolidated.title");
    }
}
