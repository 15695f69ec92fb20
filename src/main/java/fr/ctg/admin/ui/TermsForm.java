package fr.ctg.admin.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.convention.ConventionSettings;
import fr.ctg.convention.ConventionStatus;
import fr.ctg.convention.RenewalMode;
import java.time.LocalDate;

/** A convention's identity and Article 10 terms: title, territory, signature, start and end, notice, renewal. */
class TermsForm extends FormLayout {

    final TextField title = new TextField();
    final TextField territory = new TextField();
    final DatePicker signedOn = new DatePicker();
    final DatePicker start = new DatePicker();
    final DatePicker end = new DatePicker();
    final IntegerField noticeMonths = new IntegerField();
    final TextField noticeForm = new TextField();
    final Select<RenewalMode> renewal = new Select<>();
    final Select<ConventionStatus> status = new Select<>();

    TermsForm(boolean withStatus) {
        title.setLabel(getTranslation("terms.title"));
        title.setId("terms-title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(300);
        territory.setLabel(getTranslation("terms.territory"));
        territory.setId("terms-territory");
        territory.setRequiredIndicatorVisible(true);
        territory.setHelperText(getTranslation("terms.territoryHelp"));
        signedOn.setLabel(getTranslation("terms.signedOn"));
        signedOn.setId("terms-signed");
        start.setLabel(getTranslation("terms.start"));
        start.setId("terms-start");
        start.setRequiredIndicatorVisible(true);
        end.setLabel(getTranslation("terms.end"));
        end.setId("terms-end");
        end.setRequiredIndicatorVisible(true);
        noticeMonths.setLabel(getTranslation("terms.noticeMonths"));
        noticeMonths.setId("terms-notice");
        noticeMonths.setMin(0);
        noticeMonths.setMax(24);
        noticeMonths.setStepButtonsVisible(true);
        noticeForm.setLabel(getTranslation("terms.noticeForm"));
        noticeForm.setId("terms-notice-form");
        renewal.setLabel(getTranslation("terms.renewal"));
        renewal.setId("terms-renewal");
        renewal.setItems(RenewalMode.values());
        renewal.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        status.setLabel(getTranslation("terms.status"));
        status.setId("terms-status");
        status.setItems(ConventionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        add(title, territory, signedOn, start, end, renewal, noticeMonths, noticeForm);
        if (withStatus) {
            add(status);
        }
        setColspan(title, 2);
    }

    void set(ConventionSettings.Terms t) {
        title.setValue(t.title());
        territory.setValue(t.territory());
        signedOn.setValue(t.signedOn());
        start.setValue(t.startDate());
        end.setValue(t.endDate());
        noticeMonths.setValue(t.noticeMonths());
        noticeForm.setValue(t.noticeForm() == null ? "" : t.noticeForm());
        renewal.setValue(t.renewal());
        status.setValue(t.status());
    }

    ConventionSettings.Terms value() {
        return new ConventionSettings.Terms(title.getValue(), territory.getValue(), signedOn.getValue(), start.getValue(),
                end.getValue(), renewal.getValue(), noticeMonths.getValue() == null ? -1 : noticeMonths.getValue(),
                noticeForm.getValue(), status.getValue());
    }

    void setDates(LocalDate signed, LocalDate from, LocalDate to) {
        signedOn.setValue(signed);
        start.setValue(from);
        end.setValue(to);
    }
}
