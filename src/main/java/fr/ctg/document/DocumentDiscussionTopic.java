package fr.ctg.document;

import fr.ctg.base.PageRef;
import fr.ctg.discussion.DiscussedItem;
import fr.ctg.discussion.DiscussionKind;
import fr.ctg.discussion.DiscussionTopic;
import fr.ctg.document.internal.Document;
import fr.ctg.document.internal.DocumentRepository;
import fr.ctg.security.Role;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** A document's (or deliberation's) discussion, for those who may read the document (as {@link DocumentService}). */
@Component
class DocumentDiscussionTopic implements DiscussionTopic {

    private final DocumentRepository documents;

    DocumentDiscussionTopic(DocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public DiscussionKind kind() {
        return DiscussionKind.DOCUMENT;
    }

    @Override
    public Map<Long, DiscussedItem> readable(Collection<Long> itemIds, Function<Long, Set<Role>> rolesIn) {
        return documents.findAllById(itemIds).stream().filter(d -> {
            Set<Role> roles = rolesIn.apply(d.getConventionId());
            return roles.stream().anyMatch(Role.CONVENTION_READERS::contains)
                    || (!roles.isEmpty() && d.isPublishedToAssociations());
        }).collect(Collectors.toMap(Document::getId,
                d -> new DiscussedItem(d.getConventionId(), d.getTitle(), PageRef.document(d.getId()))));
    }
}
