package fr.ctg.indicator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.convention.ThematicGroupRef;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.indicator.EntrySheet;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Value entry for a thematic group and a period, like a spreadsheet: one line per indicator (value, source,
 * detail, comment, follow-up), moved through with Tab; "Enregistrer" saves the lines that changed and keeps the
 * refused ones with their reason. The evaluation referent validates the period here (or lifts the validation).
 */
@Route("indicateurs/saisie")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.FOLLOW_UP_MEMBER, Role.EVALUATION_REFERENT})
class IndicatorEntryView extends VerticalLayout implements HasDynamicTitle {

    private final IndicatorUiServices services;
    private final long conventionId;
    private final Select<ThematicGroupRef> group = new Select<>();
    private final TextField period = new TextField();
    private final Div sheetSlot = new Div();
    private final Paragraph status = new Paragraph();
    private final HorizontalLayout validation = new HorizontalLayout();
    private final List<EntryLine> lines = new ArrayList<>();

    IndicatorEntryView(CurrentConvention currentConvention, IndicatorUiServices services) {
        this.services = services;
        this.conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        add(new H2(getTranslation("indicator.entry.heading")));
        group.setId("entry-group");
        group.setLabel(getTranslation("indicator.group"));
        List<ThematicGroupRef> groups = services.conventions().thematicGroups(conventionId);
        group.setItems(groups);
        group.setItemLabelGenerator(ThematicGroupRef::name);
        period.setId("entry-period");
        period.setLabel(getTranslation("indicator.entry.period"));
        period.setHelperText(getTranslation("indicator.entry.periodHelp"));
        period.setValue(String.valueOf(LocalDate.now(services.clock()).getYear() - 1));
        Button show = new Button(getTranslation("indicator.entry.show"), e -> load());
        show.setId("entry-show");
        HorizontalLayout choose = new HorizontalLayout(group, period, show);
        choose.setAlignItems(Alignment.BASELINE);
        status.setId("entry-status");
        sheetSlot.setId("entry-sheet");
        Button save = new Button(getTranslation("indicator.entry.save"), e -> save());
        save.setId("entry-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        validation.setId("entry-validation");
        add(choose, status, sheetSlot, new HorizontalLayout(save, validation));
        if (!groups.isEmpty()) {
            group.setValue(groups.getFirst());
            load();
        }
    }

    private void load() {
        sheetSlot.removeAll();
        lines.clear();
        validation.removeAll();
        if (group.getValue() == null) {
            return;
        }
        EntrySheet sheet;
        try {
            sheet = services.values().sheet(conventionId, group.getValue().id(), period.getValue().strip());
        } catch (BusinessRuleException ex) {
            status.setText(Notifications.message(ex));
            return;
        }
        status.setText(getTranslation("indicator.entry.status", sheet.status().present(), sheet.status().expected(),
                sheet.status().completeness()) + (sheet.status().validated() ? " " + getTranslation("indicator.entry.validated") : ""));
        if (sheet.rows().isEmpty()) {
            sheetSlot.add(new Paragraph(getTranslation("indicator.entry.none")));
        }
        Div table = new Div();
        table.addClassName("ctg-entry-table");
        table.getElement().setAttribute("role", "table");
        Div head = row();
        for (String h : List.of("indicator.col.name", "indicator.col.value", "indicator.col.source",
                "indicator.col.sourceDetail", "indicator.col.comment", "indicator.col.followUp")) {
            Span cell = new Span(getTranslation(h));
            cell.addClassName("ctg-entry-head");
            cell.getElement().setAttribute("role", "columnheader");
            head.add(cell);
        }
        table.add(head);
        boolean editable = sheet.canRecord() && !sheet.status().validated();
        for (EntrySheet.Row row : sheet.rows()) {
            EntryLine line = new EntryLine(services, row, editable);
            lines.add(line);
            Div tableRow = row();
            Component[] cells = line.cells();
            for (int i = 0; i < cells.length; i++) {
                Div cell = new Div(cells[i]);
                cell.getElement().setAttribute("role", i == 0 ? "rowheader" : "cell");
                tableRow.add(cell);
            }
            table.add(tableRow);
        }
        sheetSlot.add(table);
        if (sheet.canValidate()) {
            validation.add(sheet.status().validated() ? unvalidateForm() : validateButton());
        }
    }

    /** A table row that leaves its cells to the table's grid layout. */
    private static Div row() {
        Div row = new Div();
        row.addClassName("ctg-entry-row");
        row.getElement().setAttribute("role", "row");
        return row;
    }

    private void save() {
        int saved = 0;
        int refused = 0;
        for (EntryLine line : lines) {
            switch (line.save(period.getValue().strip())) {
                case SAVED -> saved++;
                case REFUSED -> refused++;
                case UNCHANGED -> { }
            }
        }
        if (refused == 0) {
            Notifications.success("indicator.entry.saved", saved);
            load();
        } else {
            status.setText(getTranslation("indicator.entry.partly", saved, refused));
        }
    }

    private Button validateButton() {
        Button validate = new Button(getTranslation("indicator.entry.validate"), e -> {
            try {
                services.values().validate(conventionId, group.getValue().id(), period.getValue().strip());
                Notifications.success("indicator.entry.validatedNow");
                load();
            } catch (BusinessRuleException ex) {
                status.setText(Notifications.message(ex));
            }
        });
        validate.setId("entry-validate");
        return validate;
    }

    private HorizontalLayout unvalidateForm() {
        TextField reason = new TextField(getTranslation("indicator.entry.unvalidateReason"));
        reason.setId("entry-unvalidate-reason");
        Button unvalidate = new Button(getTranslation("indicator.entry.unvalidate"), e -> {
            try {
                services.values().unvalidate(conventionId, group.getValue().id(), period.getValue().strip(), reason.getValue());
                load();
            } catch (BusinessRuleException ex) {
                status.setText(Notifications.message(ex));
            }
        });
        unvalidate.setId("entry-unvalidate");
        HorizontalLayout row = new HorizontalLayout(reason, unvalidate);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicator.entry.title");
    }
}
