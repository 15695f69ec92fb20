package fr.ctg.convention;

import java.util.List;

/** The text of a convention: legal basis ("Vu ..."), articles and annexes. */
public record ConventionText(long conventionId, String title, List<String> legalBasis, List<ArticleView> articles,
                             List<AnnexView> annexes) {

    public record ArticleView(int number, String title, String body) {
    }

    public record AnnexView(int number, String title, String description, boolean provided) {
    }
}
