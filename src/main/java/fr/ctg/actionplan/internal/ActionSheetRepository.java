package fr.ctg.actionplan.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionSheetRepository extends JpaRepository<ActionSheet, Long> {

    Optional<ActionSheet> findByObjectiveId(long objectiveId);

    List<ActionSheet> findByConventionId(long conventionId);
}
