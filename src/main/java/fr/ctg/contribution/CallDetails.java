package fr.ctg.contribution;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A call for contributions, as its invited organisations and the referents see it. */
public record CallDetails(long id, long conventionId, String title, String instructions, Set<Long> thematicGroupIds,
                       List<Question> questions, LocalDate opensOn, LocalDate closesOn, Set<Long> organisationIds) {

    public boolean open(LocalDate today) {
        return !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }
}
