package fr.ctg.discussion;

import fr.ctg.base.PageRef;

/** The item a discussion is about, as its owning feature describes it: its convention, its title, its page. */
public record DiscussedItem(long conventionId, String title, PageRef page) {
}
