package fr.ctg.indicator.internal;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    @EntityGraph(attributePaths = {"targets", "objectiveIds"})
    List<Indicator> findByConventionIdOrderByThematicGroupIdAscPositionAsc(Long conventionId);

    int countByConventionId(Long conventionId);

    boolean existsByConventionIdAndCode(Long conventionId, String code);
}
