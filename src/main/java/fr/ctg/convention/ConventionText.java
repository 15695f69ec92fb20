package fr.ctg.convention;

import java.util.List;

/** The text of a convention: legal basis ("Vu ..."), articles and annexes. */
public record ConventionText(long conventionId, String title, List<String> legalBasis, List<ArticleItem> articles,
                             List<AnnexItem> annexes) {

    public record ArticleItem(int number, String title, String body) {
    }

    public record AnnexItem(int number, String title, String description, boolean provided) {
    }
}
