package fr.ctg.journal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.ctg.base.journal.JournalKind;
import fr.ctg.base.ui.PhoneCards;
import fr.ctg.journal.JournalQuery;
import fr.ctg.journal.JournalRow;
import fr.ctg.security.CafAdministration;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit journal for those who administer: the current convention's lines (its administrators), a Caf's (its
 * administrators), everything (the platform administrator). Filters by person, kind and dates; pages of 50 lines;
 * CSV export of what the filters select.
 */
@Route("administration/journal")
@Menu(order = 22, icon = "vaadin:records", title = "nav.journal")
@PermitAll
@CafAdministration(orConventionAdmin = true)
public class JournalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Paris"));

    /** Whose journal: a convention, a Caf, or the platform. */
    record Scope(String kind, Long id, String label) {
    }

    /** A person to filter on. */
    record Person(long id, String name) {
    }

    private final JournalUiServices services;
    private final Select<Scope> scope = new Select<>();
    private final ComboBox<Person> person = new ComboBox<>();
    private final Select<Optional<JournalKind>> kind = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<JournalRow> grid = new Grid<>();
    private final Span total = new Span();

    JournalView(JournalUiServices services) {
        this.services = services;
        setId("journal-view");
        scope.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                people();
                refresh();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long cafParam = event.getLocation().getQueryParameters().getSingleParameter("caf").map(Long::valueOf).orElse(null);
        List<Scope> scopes = scopes();
        scope.setLabel(getTranslation("journal.scope"));
        scope.setId("journal-scope");
        scope.setItems(scopes);
        scope.setItemLabelGenerator(Scope::label);
        scope.setValue(scopes.stream().filter(s -> cafParam != null && "caf".equals(s.kind()) && cafParam.equals(s.id()))
                .findFirst().orElse(scopes.isEmpty() ? null : scopes.getFirst()));
        person.setLabel(getTranslation("journal.person"));
        person.setId("journal-person");
        person.setItemLabelGenerator(Person::name);
        person.setClearButtonVisible(true);
        kind.setLabel(getTranslation("journal.kind"));
        kind.setId("journal-kind");
        List<Optional<JournalKind>> kinds = new ArrayList<>();
        kinds.add(Optional.empty());
        services.journal().kinds().forEach(k -> kinds.add(Optional.of(k)));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> k.map(x -> getTranslation(x.labelKey())).orElse(getTranslation("journal.kind.all")));
        kind.setValue(Optional.empty());
        from.setLabel(getTranslation("journal.from"));
        from.setId("journal-from");
        to.setLabel(getTranslation("journal.to"));
        to.setId("journal-to");
        Button apply = new Button(getTranslation("journal.apply"), e -> refresh());
        apply.setId("journal-apply");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] csv = services.journal().exportCsv(query(), ';');
            return new DownloadResponse(new ByteArrayInputStream(csv), "journal.csv", "text/csv;charset=UTF-8", csv.length);
        }), getTranslation("journal.export"));
        export.setId("journal-export");
        HorizontalLayout filters = new HorizontalLayout(scope, person, kind, from, to, apply);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("journal-grid");
        grid.addColumn(r -> WHEN.format(r.occurredAt())).setHeader(getTranslation("journal.col.when")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.kind().labelKey())).setHeader(getTranslation("journal.col.kind"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.actor() == null ? "—" : r.actor()).setHeader(getTranslation("journal.col.actor"));
        grid.addColumn(r -> r.subject() == null ? "" : r.subject()).setHeader(getTranslation("journal.col.subject"));
        grid.addColumn(r -> r.convention() == null ? "" : r.convention()).setHeader(getTranslation("journal.col.convention"));
        JournalDetailText details = new JournalDetailText(key -> getTranslation(key));
        grid.addColumn(r -> details.of(r.kind(), r.detail())).setHeader(getTranslation("journal.col.detail"))
                .setTooltipGenerator(r -> details.of(r.kind(), r.detail())).setFlexGrow(2);
        grid.addColumn(r -> r.clientAddress() == null ? "" : r.clientAddress()).setHeader(getTranslation("journal.col.address"));
        PhoneCards.apply(grid, getTranslation("journal.col.kind"), r -> PhoneCards.card(
                new Span(getTranslation(r.kind().labelKey())), WHEN.format(r.occurredAt()) + " · "
                        + (r.actor() == null ? "—" : r.actor()), r.subject(), r.convention(),
                details.of(r.kind(), r.detail())));
        grid.setPageSize(PAGE);
        grid.setHeight("36rem");
        total.setId("journal-total");

        removeAll();
        add(new H2(getTranslation("journal.heading")), new Paragraph(getTranslation("journal.intro",
                services.journal().retentionMonths())), filters, new HorizontalLayout(total, export), grid);
        people();
        refresh();
    }

    private List<Scope> scopes() {
        List<Scope> list = new ArrayList<>();
        services.currentConvention().id().ifPresent(id -> {
            if (services.access().rolesIn(id).contains(Role.ADMIN)) {
                list.add(new Scope("convention", id, getTranslation("journal.scope.convention",
                        services.conventions().ref(id).title())));
            }
        });
        services.cafs().cafs().forEach(c -> list.add(new Scope("caf", c.id(), getTranslation("journal.scope.caf", c.name()))));
        if (services.access().isPlatformAdmin()) {
            list.add(new Scope("platform", null, getTranslation("journal.scope.platform")));
        }
        return list;
    }

    private void people() {
        Scope s = scope.getValue();
        List<Person> people = new ArrayList<>();
        if (s != null && "convention".equals(s.kind())) {
            services.memberships().members(s.id()).forEach(m -> people.add(new Person(m.accountId(), m.displayName())));
        } else if (s != null && "caf".equals(s.kind())) {
            services.accounts().people(s.id()).forEach(p -> people.add(new Person(p.accountId(), p.displayName())));
        }
        person.setItems(people);
        person.setVisible(!people.isEmpty());
    }

    private JournalQuery query() {
        Scope s = scope.getValue();
        Long cafId = s != null && "caf".equals(s.kind()) ? s.id() : null;
        Long conventionId = s != null && "convention".equals(s.kind()) ? s.id() : null;
        return new JournalQuery(cafId, conventionId, person.getValue() == null ? null : person.getValue().id(),
                kind.getValue().orElse(null), from.getValue(), to.getValue());
    }

    private void refresh() {
        if (scope.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        JournalQuery q = query();
        long count = services.journal().search(q, 0, 1).total();
        total.setText(getTranslation("journal.total", count));
        grid.setItems(query -> services.journal().search(q, query.getPage(), query.getPageSize()).rows().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, services.journal().search(q, 0, 1).total()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journal.title");
    }
}
