package fr.ctg.contribution.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContributionCallRepository extends JpaRepository<ContributionCall, Long> {

    List<ContributionCall> findByConventionIdOrderByClosesOnDesc(Long conventionId);
}
