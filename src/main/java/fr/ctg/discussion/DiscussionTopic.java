package fr.ctg.discussion;

import fr.ctg.security.Role;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Implemented (as a Spring bean) by the feature owning one {@link DiscussionKind} of item. The discussion reads and
 * writes only an item {@link #readable} returns, by the item's own read rules (the same as its page).
 */
public interface DiscussionTopic {

    DiscussionKind kind();

    /**
     * The items among {@code itemIds} the current person may read, by id (the others, unknown or not theirs to read,
     * are left out); {@code rolesIn} gives the person's roles in a convention (empty when none). Never throws for a
     * refusal: the search asks about many items at once, in one read-only transaction.
     */
    Map<Long, DiscussedItem> readable(Collection<Long> itemIds, Function<Long, Set<Role>> rolesIn);

    /**
     * Of {@code accountIds} (members who read the item's convention), those who read the item itself: only they are
     * told of a mention or a reply there. By default all of them (the item is read by the whole convention).
     */
    default Set<Long> audience(long itemId, Set<Long> accountIds) {
        return accountIds;
    }
}
