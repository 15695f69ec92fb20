package fr.ctg.base.audit;

/** A principal that has a name for people (the security feature's user); revisions record it. */
public interface HasDisplayName {
    String displayName();
}
