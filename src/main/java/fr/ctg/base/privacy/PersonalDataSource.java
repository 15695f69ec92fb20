package fr.ctg.base.privacy;

import java.util.List;

/**
 * A feature's part of "everything held about me" (loi 78-17, Article 7 of the convention): each feature that keeps
 * data about a person implements it; the security feature zips what all of them return.
 */
public interface PersonalDataSource {

    /** The files (JSON or CSV) this feature holds about the account; empty when it holds nothing. */
    List<PersonalDataFile> collect(long accountId, String username);
}
