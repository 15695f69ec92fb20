package fr.ctg.lifecycle.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConventionTerminationRepository extends JpaRepository<ConventionTermination, Long> {

    Optional<ConventionTermination> findByConventionId(long conventionId);
}
