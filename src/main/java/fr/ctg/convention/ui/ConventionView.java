package fr.ctg.convention.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionService;
import fr.ctg.convention.ConventionText;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;

/** The convention's text: legal basis ("Vu ..."), articles 1–12 (and the preamble), annexes. */
@Route("convention")
@Menu(order = 1, icon = "vaadin:book", title = "nav.convention")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER})
public class ConventionView extends VerticalLayout implements HasDynamicTitle {

    ConventionView(CurrentConvention currentConvention, ConventionService conventions) {
        addClassName("ctg-convention-text");
        ConventionText text = conventions.text(currentConvention.id().orElseThrow(NotFoundException::new));
        add(new H2(text.title()));

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
            a.body().lines().filter(l -> !l.isBlank()).forEach(l -> body.add(new Paragraph(l)));
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
                item.add(new Paragraph(a.description()));
            }
            annexes.add(item);
        }
        add(annexes);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("convention.title");
    }
}
