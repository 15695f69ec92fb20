package fr.ctg.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionService;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.ui.DiscussionPanels;
import fr.ctg.convention.ConventionText;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.document.DocumentQuery;
import fr.ctg.document.DocumentService;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;

/** The deliberations of the convention: search, sort, upload, versions, download and preview. */
@Route("deliberations")
@Menu(order = 3, icon = "vaadin:gavel", title = "nav.deliberations")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER})
class DeliberationsView extends VerticalLayout implements HasDynamicTitle {

    private final DocumentService documents;
    private final DiscussionPanels discussions;
    private final List<ConventionText.AnnexItem> annexes;
    private final long conventionId;
    private final DocumentSearchBar search;
    private final DocumentGrid grid;

    DeliberationsView(CurrentConvention currentConvention, DocumentService documents, ConventionService conventions,
                      DiscussionPanels discussions) {
        this.discussions = discussions;
        this.documents = documents;
        this.conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        Set<Role> roles = currentConvention.roles();
        annexes = roles.stream().anyMatch(Role.CONVENTION_READERS::contains)
                ? conventions.text(conventionId).annexes() : List.of();
        boolean canUpload = roles.stream().anyMatch(DocumentService.UPLOADERS::contains);
        boolean canPublish = roles.stream().anyMatch(DocumentService.PUBLISHERS::contains);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("deliberation.heading")));
        header.setAlignItems(Alignment.BASELINE);
        if (canUpload) {
            Button add = new Button(getTranslation("deliberation.new"),
                    e -> new DeliberationUploadDialog(documents, conventionId, this::refresh).open());
            add.setId("deliberation-new");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(add);
        }
        search = new DocumentSearchBar(true, q -> refresh());
        grid = new DocumentGrid(true, d -> new DocumentDetailsDialog(documents, d.id(), canUpload, canPublish,
                annexes, this::refresh, discussions.panelIfReadable(DiscussionKind.DOCUMENT, d.id(),
                        "document-discussion")).open());
        add(header, new Paragraph(getTranslation("deliberation.intro")), search, grid);
        refresh();
    }

    private void refresh() {
        DocumentQuery q = search.query();
        grid.setItems(documents.search(conventionId, q));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deliberation.title");
    }
}
