package fr.ctg.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.Command;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * The search box of every page's header: Enter opens the search page with the words typed; Ctrl-K (⌘-K) from
 * anywhere puts the cursor in it. On a phone the box folds into a link to the search page.
 */
@NamedInterface("search-box")
public class SearchBox extends Div {

    private final TextField field = new TextField();

    public SearchBox() {
        addClassName("ctg-search-box");
        field.setId("search-box");
        field.setPlaceholder(getTranslation("search.box.placeholder"));
        field.setAriaLabel(getTranslation("search.box.label"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setMaxLength(SearchView.MAX_INPUT);
        field.getElement().setAttribute("type", "search");
        field.getElement().setAttribute("title", getTranslation("search.box.shortcut"));
        field.addKeyDownListener(Key.ENTER, e -> open());
        RouterLink narrow = new RouterLink(SearchView.class);
        narrow.add(VaadinIcon.SEARCH.create());
        narrow.getElement().setAttribute("aria-label", getTranslation("search.box.label"));
        narrow.addClassName("ctg-search-link");
        narrow.setId("search-link");
        add(field, narrow);
        Shortcuts.addShortcutListener(this, (Command) field::focus, Key.KEY_K, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, (Command) field::focus, Key.KEY_K, KeyModifier.META);
    }

    private void open() {
        String text = field.getValue().strip();
        field.clear();
        UI.getCurrent().navigate(SearchView.class, SearchView.query(text, null, Set.of()));
    }
}
