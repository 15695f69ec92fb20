package fr.ctg.convention.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ThematicGroupRepository extends JpaRepository<ThematicGroup, Long> {

    @Query("select g.id from ThematicGroup g where g.convention.id = :conventionId")
    List<Long> findIdsByConventionId(Long conventionId);

    @Query("select g from ThematicGroup g where g.convention.id = :conventionId order by g.position")
    List<ThematicGroup> findByConventionIdOrderByPosition(Long conventionId);
}
