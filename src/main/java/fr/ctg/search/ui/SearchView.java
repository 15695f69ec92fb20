package fr.ctg.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fr.ctg.base.BusinessRuleException;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionRef;
import fr.ctg.convention.ConventionService;
import fr.ctg.search.SearchKind;
import fr.ctg.search.SearchResults;
import fr.ctg.search.SearchService;
import fr.ctg.search.SearchTerms;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The search page: the words, filters by kind and convention, the results best first with the words found marked.
 * Its address says the search ({@code ?q=…&type=…&convention=…}), so a result list can be shared and comes back with
 * the browser's Back button.
 */
@Route("recherche")
@PermitAll
class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_INPUT = SearchTerms.MAX_INPUT;

    private final SearchService search;
    private final Map<Long, String> conventionTitles = new LinkedHashMap<>();
    private final TextField text = new TextField();
    private final CheckboxGroup<SearchKind> kinds = new CheckboxGroup<>();
    private final Select<Long> convention = new Select<>();
    private final Paragraph status = new Paragraph();
    private final Div results = new Div();

    SearchView(SearchService search, ConventionService conventions) {
        this.search = search;
        for (ConventionRef c : conventions.myConventions()) {
            conventionTitles.put(c.id(), c.title());
        }
        addClassName("ctg-search-page");
        text.setId("search-query");
        text.setLabel(getTranslation("search.page.query"));
        text.setMaxLength(MAX_INPUT);
        text.setClearButtonVisible(true);
        text.getElement().setAttribute("type", "search");
        text.setWidth("min(40rem, 100%)");
        text.addKeyDownListener(Key.ENTER, e -> submit());
        Button go = new Button(getTranslation("search.page.submit"), e -> submit());
        go.setId("search-submit");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout line = new HorizontalLayout(text, go);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);

        kinds.setId("search-kinds");
        kinds.setLabel(getTranslation("search.page.kinds"));
        kinds.setItems(SearchKind.values());
        kinds.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kinds.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                submit();
            }
        });
        convention.setId("search-convention");
        convention.setLabel(getTranslation("search.page.convention"));
        convention.setItems(List.copyOf(conventionTitles.keySet()));
        convention.setEmptySelectionAllowed(true);
        convention.setEmptySelectionCaption(getTranslation("search.page.allConventions"));
        convention.setItemLabelGenerator(id -> id == null ? getTranslation("search.page.allConventions")
                : conventionTitles.getOrDefault(id, ""));
        convention.setVisible(conventionTitles.size() > 1);
        convention.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                submit();
            }
        });

        status.setId("search-status");
        status.getElement().setAttribute("role", "status");
        results.setId("search-results");
        results.addClassName("ctg-search-results");
        HorizontalLayout filters = new HorizontalLayout(kinds, convention);
        filters.setAlignItems(FlexComponent.Alignment.START);
        filters.setWrap(true);
        add(line, filters, status, results);
        setMaxWidth("60rem");
    }

    /** The query parameters of a search. */
    static QueryParameters query(String text, @Nullable Long conventionId, Set<SearchKind> kinds) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("q", List.of(text));
        if (!kinds.isEmpty()) {
            p.put("type", List.of(kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","))));
        }
        if (conventionId != null) {
            p.put("convention", List.of(String.valueOf(conventionId)));
        }
        return new QueryParameters(p);
    }

    private void submit() {
        UI.getCurrent().navigate(SearchView.class, query(text.getValue().strip(), convention.getValue(),
                kinds.getValue()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters p = event.getLocation().getQueryParameters();
        String q = p.getSingleParameter("q").orElse("");
        Set<SearchKind> wanted = EnumSet.noneOf(SearchKind.class);
        p.getSingleParameter("type").ifPresent(t -> Arrays.stream(t.split(",")).forEach(name -> {
            try {
                wanted.add(SearchKind.valueOf(name.strip()));
            } catch (IllegalArgumentException ignored) {
                // an unknown kind in a hand-edited address filters nothing
            }
        }));
        Long in = p.getSingleParameter("convention").map(SearchView::id)
                .filter(conventionTitles::containsKey).orElse(null);
        text.setValue(q.length() > MAX_INPUT ? q.substring(0, MAX_INPUT) : q);
        kinds.setValue(wanted);
        convention.setValue(in);
        results.removeAll();
        status.setText("");
        if (q.isBlank()) {
            status.setText(getTranslation("search.page.prompt"));
            return;
        }
        try {
            show(search.search(q, wanted, in));
        } catch (NotFoundException e) {
            status.setText(getTranslation("search.page.none", q.strip()));
        } catch (BusinessRuleException e) {
            status.setText(getTranslation(e.getMessageKey(), e.getArguments()));
        }
    }

    private static @Nullable Long id(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void show(SearchResults found) {
        if (found.hits().isEmpty()) {
            status.setText(getTranslation("search.page.none", String.join(" ", found.words())));
            return;
        }
        String count = found.more() ? getTranslation("search.page.first", found.hits().size())
                : getTranslation("search.page.count", found.hits().size());
        status.setText(found.truncated() ? count + " " + getTranslation("search.page.truncated") : count);
        boolean several = conventionTitles.size() > 1;
        found.hits().forEach(h -> results.add(new SearchResultItem(h, found.words(),
                several ? conventionTitles.get(h.conventionId()) : null)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.page.title");
    }
}
