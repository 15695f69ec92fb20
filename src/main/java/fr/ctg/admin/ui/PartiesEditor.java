package fr.ctg.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.ctg.base.PartyKind;
import fr.ctg.convention.ConventionSettings.PartyDetails;
import fr.ctg.convention.NewConvention;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The parties of a convention and their signatories (name, capacity, the deliberation that authorises them), with
 * each party's logo. {@code logos} stores an uploaded logo for a party and returns its address and id; it is null
 * where logos cannot be uploaded yet.
 */
class PartiesEditor extends Div {

    /** What storing a logo gives: its id (for a convention not yet created) and address. */
    record StoredLogo(Long id, String url) {
    }

    private final class PartyLine {
        final Long id;
        Long logoId;
        final String logoPath;
        final Select<PartyKind> kind = new Select<>();
        final TextField name = new TextField();
        final TextField shortName = new TextField();
        final TextArea address = new TextArea();
        final List<TextField[]> signatories = new ArrayList<>();
        final Div signatoryRows = new Div();
        String logoUrl;

        PartyLine(Long id, PartyKind k, String n, String s, String a, Long logoId, String logoPath, String logoUrl,
                  List<NewConvention.NewSignatory> signers) {
            this.id = id;
            this.logoId = logoId;
            this.logoPath = logoPath;
            this.logoUrl = logoUrl;
            kind.setItems(PartyKind.values());
            kind.setItemLabelGenerator(x -> getTranslation(x.labelKey()));
            kind.setValue(k == null ? PartyKind.EPCI : k);
            name.setValue(n == null ? "" : n);
            shortName.setValue(s == null ? "" : s);
            address.setValue(a == null ? "" : a);
            signers.forEach(x -> signatories.add(signatoryFields(x.fullName(), x.capacity(), x.authorisation())));
        }

        NewConvention.NewParty asNew() {
            return new NewConvention.NewParty(kind.getValue(), name.getValue(), shortName.getValue(), address.getValue(),
                    logoPath, logoId, signers());
        }

        PartyDetails asDetails() {
            return new PartyDetails(id, kind.getValue(), name.getValue(), shortName.getValue(), address.getValue(), null,
                    signers());
        }

        private List<NewConvention.NewSignatory> signers() {
            return signatories.stream().map(f -> new NewConvention.NewSignatory(f[0].getValue(), f[1].getValue(),
                    f[2].getValue())).toList();
        }
    }

    private final List<PartyLine> parties = new ArrayList<>();
    private final Div box = new Div();
    private final BiFunction<Long, InputStream, StoredLogo> logos;

    PartiesEditor(BiFunction<Long, InputStream, StoredLogo> logos) {
        this.logos = logos;
        setId("parties-editor");
        Button add = new Button(getTranslation("parties.add"), VaadinIcon.PLUS.create(), e -> {
            parties.add(new PartyLine(null, PartyKind.OTHER, "", "", "", null, null, null, List.of()));
            redraw();
        });
        add.setId("parties-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(box, add);
    }

    void setNew(List<NewConvention.NewParty> list) {
        parties.clear();
        list.forEach(p -> parties.add(new PartyLine(null, p.kind(), p.name(), p.shortName(), p.address(), p.logoId(),
                p.logoPath(), p.logoId() != null ? "logos/" + p.logoId() + ".png" : p.logoPath(), p.signatories())));
        redraw();
    }

    void setDetails(List<PartyDetails> list) {
        parties.clear();
        list.forEach(p -> parties.add(new PartyLine(p.id(), p.kind(), p.name(), p.shortName(), p.address(), null, null,
                p.logoUrl(), p.signatories())));
        redraw();
    }

    List<NewConvention.NewParty> newParties() {
        return parties.stream().map(PartyLine::asNew).toList();
    }

    List<PartyDetails> details() {
        return parties.stream().map(PartyLine::asDetails).toList();
    }

    private void redraw() {
        box.removeAll();
        for (int i = 0; i < parties.size(); i++) {
            PartyLine p = parties.get(i);
            int n = i + 1;
            Div card = new Div(new H4(getTranslation("parties.party", n)));
            card.addClassName("ctg-card");
            card.setId("party-" + n);
            p.kind.setLabel(getTranslation("parties.kind"));
            p.kind.setId("party-" + n + "-kind");
            p.name.setLabel(getTranslation("parties.name"));
            p.name.setId("party-" + n + "-name");
            p.name.setRequiredIndicatorVisible(true);
            p.shortName.setLabel(getTranslation("parties.shortName"));
            p.shortName.setId("party-" + n + "-short");
            p.shortName.setRequiredIndicatorVisible(true);
            p.address.setLabel(getTranslation("parties.address"));
            p.address.setId("party-" + n + "-address");
            FormLayout form = new FormLayout(p.kind, p.name, p.shortName, p.address);
            card.add(form, new H4(getTranslation("parties.signatories")), p.signatoryRows);
            redrawSignatories(p, n);
            Button addSigner = new Button(getTranslation("parties.addSignatory"), VaadinIcon.PLUS.create(), e -> {
                p.signatories.add(signatoryFields("", "", ""));
                redrawSignatories(p, n);
            });
            addSigner.setId("party-" + n + "-add-signatory");
            addSigner.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(addSigner);
            if (logos != null) {
                String label = p.shortName.getValue().isBlank() ? getTranslation("parties.party", n) : p.shortName.getValue();
                card.add(new LogoField("party-" + n + "-logo", label, p.logoUrl, in -> {
                    StoredLogo stored = logos.apply(p.id, in);
                    p.logoId = stored.id();
                    p.logoUrl = stored.url();
                    return stored.url();
                }));
            }
            if (parties.size() > 2) {
                Button remove = new Button(getTranslation("parties.remove"), VaadinIcon.TRASH.create(), e -> {
                    parties.remove(p);
                    redraw();
                });
                remove.setId("party-" + n + "-remove");
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                card.add(remove);
            }
            box.add(card);
        }
    }

    private void redrawSignatories(PartyLine p, int n) {
        p.signatoryRows.removeAll();
        if (p.signatories.isEmpty()) {
            p.signatoryRows.add(new Paragraph(getTranslation("parties.noSignatory")));
        }
        for (int j = 0; j < p.signatories.size(); j++) {
            TextField[] f = p.signatories.get(j);
            int index = j;
            String prefix = "party-" + n + "-signatory-" + (j + 1);
            f[0].setId(prefix + "-name");
            f[1].setId(prefix + "-capacity");
            f[2].setId(prefix + "-authorisation");
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                p.signatories.remove(index);
                redrawSignatories(p, n);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("parties.removeSignatory"));
            HorizontalLayout row = new HorizontalLayout(f[0], f[1], f[2], remove);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            p.signatoryRows.add(row);
        }
    }

    private TextField[] signatoryFields(String name, String capacity, String authorisation) {
        TextField n = new TextField(getTranslation("parties.signatory.name"));
        n.setValue(name == null ? "" : name);
        TextField c = new TextField(getTranslation("parties.signatory.capacity"));
        c.setValue(capacity == null ? "" : capacity);
        c.setHelperText(getTranslation("parties.signatory.capacityHelp"));
        TextField a = new TextField(getTranslation("parties.signatory.authorisation"));
        a.setValue(authorisation == null ? "" : authorisation);
        a.setHelperText(getTranslation("parties.signatory.authorisationHelp"));
        a.setWidth("min(24rem, 90vw)");
        return new TextField[] {n, c, a};
    }
}
