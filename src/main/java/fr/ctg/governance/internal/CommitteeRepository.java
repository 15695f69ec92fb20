package fr.ctg.governance.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeRepository extends JpaRepository<CommitteeEntity, Long> {
    List<CommitteeEntity> findByConventionIdOrderById(Long conventionId);

    List<CommitteeEntity> findByThematicGroupId(Long thematicGroupId);
}
