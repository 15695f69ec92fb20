package fr.ctg.minutes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.i18n.Formats;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.minutes.MinutesService;
import fr.ctg.minutes.MinutesSummary;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Comptes rendus": the published minutes the person reads, per committee, with full-text search; above
 * them, the minutes being drafted or reviewed that the person takes part in.
 */
@Route("comptes-rendus")
@Menu(order = 6, icon = "vaadin:file-text-o", title = "nav.minutes")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER, Role.ASSOCIATION})
class MinutesListView extends VerticalLayout implements HasDynamicTitle {

    private final MinutesService minutes;
    private final long conventionId;
    private final Select<Long> committee = new Select<>();
    private final TextField search = new TextField();
    private final Div published = new Div();

    MinutesListView(CurrentConvention currentConvention, MinutesService minutes) {
        this.minutes = minutes;
        this.conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        add(new H2(getTranslation("minutes.list.heading")));
        List<MinutesSummary> inProgress = minutes.inProgress(conventionId);
        if (!inProgress.isEmpty()) {
            add(new H3(getTranslation("minutes.list.inProgress")));
            add(list(inProgress, "minutes-in-progress", true));
        }
        add(new H3(getTranslation("minutes.list.published")));
        List<MinutesSummary> all = minutes.published(conventionId, null, null);
        Map<Long, String> committees = new LinkedHashMap<>();
        all.forEach(m -> committees.putIfAbsent(m.committeeId(), m.committeeName()));
        committee.setId("minutes-committee");
        committee.setLabel(getTranslation("minutes.list.committee"));
        committee.setEmptySelectionAllowed(true);
        committee.setEmptySelectionCaption(getTranslation("calendar.allCommittees"));
        committee.setItems(committees.keySet());
        committee.setItemLabelGenerator(id -> id == null ? getTranslation("calendar.allCommittees") : committees.get(id));
        committee.addValueChangeListener(e -> refresh());
        search.setId("minutes-search");
        search.setLabel(getTranslation("minutes.list.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(committee, search);
        filters.setAlignItems(Alignment.BASELINE);
        published.setId("minutes-published");
        add(filters, published);
        refresh();
    }

    private void refresh() {
        published.removeAll();
        List<MinutesSummary> found = minutes.published(conventionId, committee.getValue(), search.getValue());
        if (found.isEmpty()) {
            published.add(new Paragraph(getTranslation("minutes.list.none")));
        } else {
            published.add(list(found, "minutes-published-list", false));
        }
    }

    private UnorderedList list(List<MinutesSummary> items, String id, boolean withStatus) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        for (MinutesSummary m : items) {
            ListItem item = new ListItem(new Span(Formats.date(m.meetingDate(), getLocale()) + " · " + m.committeeName()
                    + " · "), MinutesNavigation.link(m.title(), m.id()));
            if (withStatus) {
                Span status = new Span(getTranslation(m.status().labelKey()));
                status.getElement().getThemeList().add("badge");
                item.add(new Span(" "), status);
            }
            list.add(item);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("minutes.list.title");
    }
}
