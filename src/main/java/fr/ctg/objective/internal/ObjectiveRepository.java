package fr.ctg.objective.internal;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectiveRepository extends JpaRepository<Objective, Long> {

    @EntityGraph(attributePaths = "thematicGroupIds")
    List<Objective> findByConventionIdOrderByPosition(Long conventionId);

    int countByConventionId(Long conventionId);
}
