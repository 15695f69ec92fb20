package fr.ctg.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.ctg.base.NotFoundException;
import fr.ctg.convention.ConventionService;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.ui.DiscussionPanels;
import fr.ctg.convention.ConventionText;
import fr.ctg.convention.ui.CurrentConvention;
import fr.ctg.document.DocumentService;
import fr.ctg.security.ConventionRoles;
import fr.ctg.security.Role;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;

/**
 * The documents area, by folder (annexes, diagnostic, meetings, evaluation, other; deliberations too).
 * Associations see only what is published to them and upload nothing.
 */
@Route("documents")
@Menu(order = 4, icon = "vaadin:folder-open", title = "nav.documents")
@PermitAll
@ConventionRoles({Role.ADMIN, Role.SECRETARIAT, Role.COPIL_MEMBER, Role.FOLLOW_UP_MEMBER,
        Role.EVALUATION_REFERENT, Role.READER, Role.ASSOCIATION})
class DocumentsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final DocumentService documents;
    private final DiscussionPanels discussions;
    private final List<ConventionText.AnnexItem> annexes;
    private final long conventionId;
    private final DocumentSearchBar search;
    private final DocumentGrid grid;
    private final boolean canUpload;
    private final boolean canPublish;

    DocumentsView(CurrentConvention currentConvention, DocumentService documents, ConventionService conventions,
                  DiscussionPanels discussions) {
        this.discussions = discussions;
        this.documents = documents;
        this.conventionId = currentConvention.id().orElseThrow(NotFoundException::new);
        Set<Role> roles = currentConvention.roles();
        annexes = roles.stream().anyMatch(Role.CONVENTION_READERS::contains)
                ? conventions.text(conventionId).annexes() : List.of();
        canUpload = roles.stream().anyMatch(DocumentService.UPLOADERS::contains);
        canPublish = roles.stream().anyMatch(DocumentService.PUBLISHERS::contains);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("document.heading")));
        header.setAlignItems(Alignment.BASELINE);
        search = new DocumentSearchBar(false, q -> refresh());
        if (canUpload) {
            Button add = new Button(getTranslation("document.new"),
                    e -> new DocumentUploadDialog(documents, conventionId, search.query().kind(), this::refresh).open());
            add.setId("document-new");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(add);
        }
        grid = new DocumentGrid(false, d -> open(d.id()));
        add(header, search, grid);
        refresh();
    }

    private void open(long documentId) {
        new DocumentDetailsDialog(documents, documentId, canUpload, canPublish, annexes, this::refresh,
                discussions.panelIfReadable(DiscussionKind.DOCUMENT, documentId, "document-discussion")).open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("ouvrir").ifPresent(id -> {
            try {
                open(Long.parseLong(id));
            } catch (NumberFormatException e) {
                throw new NotFoundException();
            }
        });
    }

    private void refresh() {
        grid.setItems(documents.search(conventionId, search.query()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("document.title.page");
    }
}
