package fr.ctg.minutes.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MinutesDecisionRepository extends JpaRepository<MinutesDecision, Long> {

    List<MinutesDecision> findByMinutesIdOrderById(Long minutesId);

    /** Decisions of published minutes that concern an objective. */
    @Query("select d from MinutesDecision d join d.objectiveIds o where o = :objectiveId and d.minutesId in (select m.id from Minutes m where m.status = fr.ctg.minutes.MinutesStatus.PUBLISHED) order by d.id")
    List<MinutesDecision> findPublishedByObjectiveId(@Param("objectiveId") Long objectiveId);
}
