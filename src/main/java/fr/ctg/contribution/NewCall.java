package fr.ctg.contribution;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A call for contributions as the referent writes it. */
public record NewCall(String title, String instructions, Set<Long> thematicGroupIds, List<Question> questions,
                      LocalDate opensOn, LocalDate closesOn, Set<Long> organisationIds) {
}
