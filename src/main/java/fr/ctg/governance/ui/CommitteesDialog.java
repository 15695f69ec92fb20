package fr.ctg.governance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.ui.Notifications;
import fr.ctg.governance.CommitteeService;
import fr.ctg.governance.CommitteeSummary;
import fr.ctg.security.MemberSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The convention's committees: who runs each secretariat, and their members with party and seat (Article 6). */
class CommitteesDialog extends Dialog {

    /**
     * @param committeeService where the secretariat names a committee's chair, or null for people who only read
     */
    CommitteesDialog(List<CommitteeSummary> committees, List<MemberSummary> members, CommitteeService committeeService) {
        setId("committees-dialog");
        setHeaderTitle(getTranslation("committees.title"));
        setWidth("min(44rem, 95vw)");
        for (CommitteeSummary c : committees) {
            add(new H4(c.name()));
            add(new Paragraph(getTranslation("committees.secretariat", getTranslation(c.secretariat().labelKey()))));
            add(chair(c, members, committeeService));
            add(convocationRules(c, committeeService));
            UnorderedList list = new UnorderedList();
            members.stream().filter(c::includes)
                    .forEach(m -> list.add(new ListItem(m.displayName()
                            + (m.organisation() == null ? "" : " (" + m.organisation() + ")")
                            + m.seatIn(c.kind()).map(s -> " — " + (s.party() == null ? ""
                            : getTranslation(s.party().labelKey()) + ", ") + getTranslation(s.seat().labelKey()))
                            .orElse(""))));
            if (list.getChildren().findAny().isEmpty()) {
                list.add(new ListItem(getTranslation("committees.none")));
            }
            add(list);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /** The quorum (a share of the permanent members, or none) and how many proxies one member may hold. */
    private Component convocationRules(CommitteeSummary c, CommitteeService committeeService) {
        if (committeeService == null) {
            return new Paragraph(getTranslation("committees.rules", c.quorumPercent() == null
                    ? getTranslation("committees.noQuorum") : c.quorumPercent() + " %", c.maxProxies()));
        }
        IntegerField quorum = new IntegerField(getTranslation("committees.quorum"));
        quorum.setId("committee-quorum-" + c.id());
        quorum.setMin(1);
        quorum.setMax(100);
        quorum.setClearButtonVisible(true);
        quorum.setValue(c.quorumPercent());
        IntegerField proxies = new IntegerField(getTranslation("committees.maxProxies"));
        proxies.setId("committee-proxies-" + c.id());
        proxies.setMin(0);
        proxies.setMax(5);
        proxies.setStepButtonsVisible(true);
        proxies.setValue(c.maxProxies());
        Button save = new Button(getTranslation("committees.saveRules"), e -> {
            try {
                committeeService.setConvocationRules(c.id(), quorum.getValue(), proxies.getValue());
                Notifications.success("committees.rulesSaved");
            } catch (BusinessRuleException ex) {
                Notifications.error(ex);
            }
        });
        save.setId("committee-rules-" + c.id());
        FlexLayout row = new FlexLayout(quorum, proxies, save);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }

    /** Who chairs the committee (and approves its minutes); the secretariat chooses among the members. */
    private Component chair(CommitteeSummary c, List<MemberSummary> members,
                                                      CommitteeService committeeService) {
        Map<Long, MemberSummary> byId = new LinkedHashMap<>();
        members.forEach(m -> byId.putIfAbsent(m.accountId(), m));
        if (committeeService == null) {
            MemberSummary chair = c.chairAccountId() == null ? null : byId.get(c.chairAccountId());
            return new Paragraph(getTranslation("committees.chair",
                    chair == null ? getTranslation("committees.noChair") : chair.displayName()));
        }
        ComboBox<MemberSummary> chair =
                new ComboBox<>(getTranslation("committees.chairLabel"), byId.values());
        chair.setId("committee-chair-" + c.id());
        chair.setItemLabelGenerator(MemberSummary::displayName);
        chair.setClearButtonVisible(true);
        chair.setValue(c.chairAccountId() == null ? null : byId.get(c.chairAccountId()));
        chair.addValueChangeListener(e -> {
            try {
                committeeService.setChair(c.id(), e.getValue() == null ? null : e.getValue().accountId());
                Notifications.success("committees.chairSaved");
            } catch (BusinessRuleException ex) {
                Notifications.error(ex);
            }
        });
        return chair;
    }
}
