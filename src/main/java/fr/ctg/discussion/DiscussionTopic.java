package fr.ctg.discussion;

import java.util.Optional;

/**
 * Implemented (as a Spring bean) by the feature owning one {@link DiscussionKind} of item. The discussion reads and
 * writes only an item {@link #readable} returns, by the item's own read rules (the same as its page).
 */
public interface DiscussionTopic {

    DiscussionKind kind();

    /**
     * The item if the current person may read it; empty when it does not exist or is not theirs to read. Never
     * throws for a refusal (the search asks about many items in one transaction).
     */
    Optional<DiscussedItem> readable(long itemId);
}
