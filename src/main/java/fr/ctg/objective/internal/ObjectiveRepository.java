package fr.ctg.objective.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ObjectiveRepository extends JpaRepository<Objective, Long> {

    @EntityGraph(attributePaths = "thematicGroupIds")
    List<Objective> findByConventionIdOrderByPosition(Long conventionId);

    int countByConventionId(Long conventionId);

    boolean existsByParentId(Long parentId);


    /**
     * Loads an objective for saving, holding a row lock until the transaction ends (saves queue up); its thematic
     * groups, pilots and sub-objectives come in the same statement (a save compares all of them and answers with
     * the sub-objectives' progress). The sub-objectives' rows are locked too: a save of one of them waits for it.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    // fetch joins in the query rather than an entity graph: Hibernate caches this query's translation, not a graph's
    @Query("""
            select o from Objective o left join fetch o.thematicGroupIds left join fetch o.pilotAccountIds
             left join fetch o.pilotNames left join fetch o.children where o.id = :id""")
    Optional<Objective> findForUpdate(Long id);
}
