/**
 * One discussion for the convention's items (#18): objectives, documents, minutes sections, indicators and meetings.
 * Replies one level deep, a person edits or removes their own comment (every earlier wording kept), {@code @mentions}
 * notify. Each feature owning such items implements {@link fr.ctg.discussion.DiscussionTopic}: who may read the item
 * may read its discussion, with the convention's working roles to write in it.
 */
@ApplicationModule(displayName = "Discussion")
@NullMarked
package fr.ctg.discussion;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
