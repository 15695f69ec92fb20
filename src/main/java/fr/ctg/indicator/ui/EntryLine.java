package fr.ctg.indicator.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.indicator.EntrySheet;
import fr.ctg.indicator.IndicatorSummary;
import fr.ctg.indicator.Numbers;
import fr.ctg.indicator.OutlierReasonRequired;
import fr.ctg.indicator.SourceKind;
import fr.ctg.indicator.ValueChangedMeanwhile;
import fr.ctg.indicator.ValueEntry;
import fr.ctg.indicator.ValueRow;
import java.math.BigDecimal;
import java.util.Objects;

/** One line of the entry table: an indicator's value for the period, its source, comment and follow-up flag. */
class EntryLine {

    enum Outcome { SAVED, REFUSED, UNCHANGED }

    private final IndicatorUiServices services;
    private final IndicatorSummary indicator;
    private ValueRow current;
    private final TextField value = new TextField();
    private final Select<SourceKind> source = new Select<>();
    private final TextField detail = new TextField();
    private final TextField comment = new TextField();
    private final Checkbox followUp = new Checkbox();
    private final TextField reason = new TextField();
    private final Span error = new Span();

    EntryLine(IndicatorUiServices services, EntrySheet.Row row, boolean editable) {
        this.services = services;
        this.indicator = row.indicator();
        this.current = row.value();
        String code = indicator.code();
        value.setId("entry-value-" + code);
        value.setAriaLabel(value.getTranslation("indicator.entry.valueOf", indicator.name(), indicator.unit()));
        value.setSuffixComponent(new Span(indicator.unit()));
        source.setId("entry-source-" + code);
        source.setAriaLabel(source.getTranslation("indicator.col.source"));
        source.setItems(SourceKind.values());
        source.setItemLabelGenerator(s -> source.getTranslation(s.labelKey()));
        detail.setId("entry-detail-" + code);
        detail.setAriaLabel(detail.getTranslation("indicator.col.sourceDetail"));
        comment.setId("entry-comment-" + code);
        comment.setAriaLabel(comment.getTranslation("indicator.col.comment"));
        followUp.setId("entry-follow-up-" + code);
        followUp.setAriaLabel(followUp.getTranslation("indicator.col.followUp"));
        reason.setId("entry-reason-" + code);
        reason.setLabel(reason.getTranslation("indicator.entry.reason"));
        reason.setVisible(false);
        error.setId("entry-error-" + code);
        error.addClassName("ctg-error-text");
        if (current != null) {
            value.setValue(current.computed() ? Texts.number(current.value(), indicator.decimals(), UI.getCurrent().getLocale())
                    : current.value().stripTrailingZeros().toPlainString().replace('.', ','));
            if (!current.computed()) {
                source.setValue(current.source());
                detail.setValue(Objects.requireNonNullElse(current.sourceDetail(), ""));
                comment.setValue(Objects.requireNonNullElse(current.comment(), ""));
                followUp.setValue(current.followUp());
            }
        } else {
            source.setValue(indicator.defaultSource());
            detail.setValue(Objects.requireNonNullElse(indicator.defaultSourceDetail(), ""));
        }
        boolean enabled = editable && !indicator.computed();
        for (Component c : new Component[] {value, source, detail, comment, followUp}) {
            ((HasEnabled) c).setEnabled(enabled);
        }
        if (indicator.computed()) {
            value.setHelperText(value.getTranslation("indicator.computed"));
        }
    }

    Component[] cells() {
        Span name = new Span(indicator.name());
        return new Component[] {name, new Div(value, reason, error), source, detail, comment, followUp};
    }

    private boolean changed() {
        if (indicator.computed() || !value.isEnabled()) {
            return false;
        }
        if (current == null) {
            return !value.getValue().isBlank();
        }
        BigDecimal typed = Numbers.parse(value.getValue());
        return typed == null || typed.compareTo(current.value()) != 0 || source.getValue() != current.source()
                || !detail.getValue().strip().equals(Objects.requireNonNullElse(current.sourceDetail(), ""))
                || !comment.getValue().strip().equals(Objects.requireNonNullElse(current.comment(), ""))
                || followUp.getValue() != current.followUp();
    }

    Outcome save(String period) {
        if (!changed()) {
            return Outcome.UNCHANGED;
        }
        BigDecimal typed = Numbers.parse(value.getValue());
        if (typed == null) {
            error.setText(error.getTranslation("indicator.error.notANumber", value.getValue()));
            value.setInvalid(true);
            return Outcome.REFUSED;
        }
        try {
            current = services.values().record(new ValueEntry(indicator.id(), period, typed, source.getValue(),
                    detail.getValue(), comment.getValue(), followUp.getValue(), reason.getValue(),
                    current == null ? ValueEntry.NONE_SEEN : current.version()));
            error.setText("");
            value.setInvalid(false);
            return Outcome.SAVED;
        } catch (ValueChangedMeanwhile ex) {
            // shown, not overwritten: what is typed stays; saving again replaces the new value on purpose
            current = ex.now();
            error.setText(Notifications.message(ex));
            value.setInvalid(true);
            return Outcome.REFUSED;
        } catch (OutlierReasonRequired ex) {
            reason.setVisible(true);
            error.setText(Notifications.message(ex));
            return Outcome.REFUSED;
        } catch (BusinessRuleException ex) {
            error.setText(Notifications.message(ex));
            value.setInvalid(true);
            return Outcome.REFUSED;
        }
    }
}
