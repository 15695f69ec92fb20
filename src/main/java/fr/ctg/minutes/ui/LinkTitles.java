package fr.ctg.minutes.ui;

import fr.ctg.base.AccessRefusedException;
import fr.ctg.document.DocumentQuery;
import fr.ctg.document.DocumentSummary;
import fr.ctg.objective.ObjectiveSummary;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The objectives and documents decisions may link to, with their titles, as far as the reader may see them. */
record LinkTitles(List<ObjectiveSummary> objectives, List<DocumentSummary> documents) {

    static LinkTitles of(MinutesUiServices services, long conventionId) {
        List<ObjectiveSummary> objectives;
        try {
            objectives = services.objectives().byField(conventionId).stream().flatMap(f -> f.objectives().stream())
                    .toList();
        } catch (AccessRefusedException e) {
            objectives = List.of();
        }
        return new LinkTitles(objectives, services.documents().search(conventionId, DocumentQuery.all()));
    }

    Map<Long, String> objectiveTitles() {
        return objectives.stream().collect(Collectors.toMap(ObjectiveSummary::id, ObjectiveSummary::title, (a, b) -> a));
    }

    Map<Long, String> documentTitles() {
        return documents.stream().collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::title, (a, b) -> a));
    }
}
