package fr.ctg.objective.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectiveCommentRepository extends JpaRepository<ObjectiveComment, Long> {

    List<ObjectiveComment> findByObjectiveIdOrderByIdAsc(Long objectiveId);
}
