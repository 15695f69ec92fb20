package fr.ctg.security.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.ctg.base.ui.PublicPage;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code /confidentialite}: what the portal keeps about people, why, for how long, and how to download or have it
 * erased (loi 78-17, RGPD, Article 7 and Article 12 of the convention). Open to everyone.
 */
@Route(value = "confidentialite", autoLayout = false)
@AnonymousAllowed
class PrivacyView extends PublicPage {

    PrivacyView(@Value("${ctg.journal.retention-months:12}") int journalMonths) {
        super("privacy.title");
        setId("privacy-view");
        render();
        content.add(new Paragraph(getTranslation("privacy.intro")));
        section("privacy.what.title", "privacy.what.1", "privacy.what.2", "privacy.what.3", "privacy.what.4");
        section("privacy.why.title", "privacy.why.1", "privacy.why.2");
        content.add(new H2(getTranslation("privacy.howLong.title")));
        UnorderedList howLong = new UnorderedList(new ListItem(getTranslation("privacy.howLong.1")),
                new ListItem(getTranslation("privacy.howLong.2", journalMonths)),
                new ListItem(getTranslation("privacy.howLong.3")), new ListItem(getTranslation("privacy.howLong.4")));
        howLong.setId("privacy-retention");
        content.add(howLong);
        section("privacy.rights.title", "privacy.rights.1", "privacy.rights.2", "privacy.rights.3");
        section("privacy.security.title", "privacy.security.1", "privacy.security.2");
    }

    private void section(String title, String... items) {
        content.add(new H2(getTranslation(title)));
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(getTranslation(item)));
        }
        content.add(list);
    }
}
