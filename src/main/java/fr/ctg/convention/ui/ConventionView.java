package fr.ctg.convention.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.ctg.base.NotFoundException;
import fr.ctg.base.PageRef;
import fr.ctg.base.ui.MarkdownBlock;
import fr.ctg.base.ui.PageLinker;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ConventionText;
import fr.ctg.convention.ConventionTextService;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** The convention's text: legal basis ("Vu ..."), articles 1–12 (and the preamble), annexes. */
@Route("convention")
@Menu(order = 1, icon = "vaadin:book", title = "nav.convention")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER})
public class ConventionView extends VerticalLayout implements HasDynamicTitle {

    ConventionView(CurrentConvention currentConvention, ConventionService conventions, ConventionTextService texts,
                   PageLinker pages) {
        addClassName("ctg-convention-text");
        long conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        ConventionText text = conventions.text(conventionId);
        boolean edit = currentConvention.roles().stream().anyMatch(Role.CONVENTION_EDITORS::contains);
        add(new H2(text.title()));
        HorizontalLayout links = new HorizontalLayout();
        links.setId("convention-links");
        links.add(link(pages, PageRef.consolidated(conventionId), "convention.consolidated"),
                link(pages, PageRef.avenants(conventionId), "convention.avenants"),
                link(pages, new PageRef(PageRef.Kind.LIFECYCLE, conventionId), "convention.lifecycle"));
        add(links);

        add(new H3(getTranslation("convention.legalBasis")));
        UnorderedList legal = new UnorderedList();
        legal.setId("legal-basis");
        text.legalBasis().forEach(line -> legal.add(new ListItem(line)));
        add(legal);

        add(new H3(getTranslation("convention.articles")));
        VerticalLayout articles = new VerticalLayout();
        articles.setId("articles");
        articles.setPadding(false);
        for (ConventionText.ArticleItem a : text.articles()) {
            String heading = a.number() == 0
                    ? getTranslation("convention.article.preliminary", a.title())
                    : getTranslation("convention.article.heading", a.number(), a.title());
            VerticalLayout body = new VerticalLayout();
            body.setPadding(false);
            body.add(MarkdownBlock.of(a.body()));
            body.add(partLink("article", a.number(), edit, heading));
            Details details = new Details(heading, body);
            details.setWidthFull();
            details.addClassName("ctg-article");
            articles.add(details);
        }
        add(articles);

        add(new H3(getTranslation("convention.annexes")));
        OrderedList annexes = new OrderedList();
        annexes.setId("annexes");
        for (ConventionText.AnnexItem a : text.annexes()) {
            ListItem item = new ListItem(new Span(getTranslation("convention.annex.heading", a.number(), a.title())));
            Span state = new Span(getTranslation(a.provided() ? "convention.annex.provided" : "convention.annex.toCome"));
            state.getElement().getThemeList().add(a.provided() ? "badge success" : "badge contrast");
            item.add(new Span(" "), state);
            if (a.description() != null) {
                item.add(MarkdownBlock.of(a.description()));
            }
            item.add(partLink("annexe", a.number(), edit,
                    getTranslation("convention.annex.heading", a.number(), a.title())));
            annexes.add(item);
        }
        add(annexes);
    }

    private RouterLink partLink(String part, int number, boolean edit, String heading) {
        RouterLink link = new RouterLink(getTranslation(edit ? "convention.text.edit" : "convention.text.history"),
                TextPartEditorView.class, new RouteParameters(Map.of("part", part, "number", String.valueOf(number))));
        link.setId(part + "-edit-" + number);
        link.getElement().setAttribute("aria-label", getTranslation(edit ? "convention.text.editNamed"
                : "convention.text.historyNamed", heading));
        return link;
    }

    private RouterLink link(PageLinker pages, PageRef ref, String key) {
        RouterLink link = pages.address(ref).link(getTranslation(key));
        link.setId(key.replace('.', '-'));
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("convention.title");
    }
}
