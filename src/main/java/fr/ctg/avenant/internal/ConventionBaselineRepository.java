package fr.ctg.avenant.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConventionBaselineRepository extends JpaRepository<ConventionBaseline, Long> {

    Optional<ConventionBaseline> findFirstByConventionIdOrderByIdDesc(long conventionId);

    List<ConventionBaseline> findByConventionIdOrderById(long conventionId);
}
