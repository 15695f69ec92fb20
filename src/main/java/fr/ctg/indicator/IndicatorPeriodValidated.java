package fr.ctg.indicator;

import java.util.List;

/** A referent validated a thematic group's indicator values for a period: the group's members and the secretariat are told. */
public record IndicatorPeriodValidated(long conventionId, long groupId, String groupName, String period,
                                       List<Long> audienceIds, long actorId, String actorName) {
}
