package fr.ctg.document;

import fr.ctg.base.PageRef;
import fr.ctg.discussion.DiscussedItem;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.DiscussionTopic;
import fr.ctg.document.internal.DocumentRepository;
import fr.ctg.security.ConventionAccessService;
import fr.ctg.security.Role;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A document's (or deliberation's) discussion, for those who may read the document (as {@link DocumentService}). */
@Component
class DocumentDiscussionTopic implements DiscussionTopic {

    private final DocumentRepository documents;
    private final ConventionAccessService access;

    DocumentDiscussionTopic(DocumentRepository documents, ConventionAccessService access) {
        this.documents = documents;
        this.access = access;
    }

    @Override
    public DiscussionKind kind() {
        return DiscussionKind.DOCUMENT;
    }

    @Override
    public Optional<DiscussedItem> readable(long itemId) {
        return documents.findById(itemId).filter(d -> {
            Set<Role> roles = access.rolesIn(d.getConventionId());
            return roles.stream().anyMatch(Role.CONVENTION_READERS::contains)
                    || (!roles.isEmpty() && d.isPublishedToAssociations());
        }).map(d -> new DiscussedItem(d.getConventionId(), d.getTitle(), PageRef.document(itemId)));
    }
}
